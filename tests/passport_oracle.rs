//! The passport-number rule runs on automata that `build.rs` generates from
//! `src/data/passport-patterns.tsv` (over A-Z and 0-9, with `regex-automata`).
//! Each must give the same verdict as the `regex` crate on its table pattern,
//! matched against the whole number, on:
//! - every string of up to 3 characters of A-Z, 0-9 and a few others;
//! - every string, up to one character longer than the pattern's longest match,
//!   of one representative of each class of characters the pattern tells apart
//!   (as far as a million strings go), so every path through it is taken;
//! - numbers generated from the pattern itself, each also mutated (a character
//!   replaced, inserted, removed or swapped), and random strings.

mod support;

use eid_form::data::{PassportPattern, PASSPORT_PATTERNS};
use regex_syntax::hir::{Class, Hir, HirKind};
use std::collections::BTreeMap;
use support::Rng;

/// What an automaton reads, and characters it must refuse.
const SYMBOLS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const OTHERS: &[&str] = &["a", "z", "-", "<", " ", "É"];

fn hir(pattern: &PassportPattern) -> Hir {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern.pattern)
        .unwrap_or_else(|e| panic!("{}: {e}", pattern.state))
}

/// Every byte set the pattern reads a character with (classes and literals).
fn byte_sets(hir: &Hir, sets: &mut Vec<Vec<bool>>) {
    match hir.kind() {
        HirKind::Literal(literal) => {
            for &byte in literal.0.iter() {
                let mut set = vec![false; 256];
                set[usize::from(byte)] = true;
                sets.push(set);
            }
        }
        HirKind::Class(Class::Bytes(class)) => {
            let mut set = vec![false; 256];
            for range in class.iter() {
                for byte in range.start()..=range.end() {
                    set[usize::from(byte)] = true;
                }
            }
            sets.push(set);
        }
        HirKind::Class(Class::Unicode(_)) => panic!("passport patterns are ASCII"),
        HirKind::Repetition(repetition) => byte_sets(&repetition.sub, sets),
        HirKind::Capture(capture) => byte_sets(&capture.sub, sets),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => {
            parts.iter().for_each(|part| byte_sets(part, sets))
        }
        HirKind::Empty | HirKind::Look(_) => {}
    }
}

/// One character of each class the pattern tells apart: characters in exactly
/// the same byte sets are alike to it.
fn representatives(hir: &Hir) -> Vec<String> {
    let mut sets = Vec::new();
    byte_sets(hir, &mut sets);
    let mut classes: BTreeMap<Vec<bool>, String> = BTreeMap::new();
    for &symbol in SYMBOLS {
        let signature = sets.iter().map(|set| set[usize::from(symbol)]).collect();
        classes
            .entry(signature)
            .or_insert_with(|| char::from(symbol).to_string());
    }
    classes.insert(vec![false; sets.len() + 1], OTHERS[0].to_string());
    classes.into_values().collect()
}

/// A string the pattern matches, chosen at random.
fn generate(hir: &Hir, rng: &mut Rng, out: &mut Vec<u8>) {
    match hir.kind() {
        HirKind::Literal(literal) => out.extend_from_slice(&literal.0),
        HirKind::Class(Class::Bytes(class)) => {
            let range = rng.pick(class.ranges());
            let span = i64::from(range.end() - range.start());
            out.push(range.start() + rng.between(0, span) as u8);
        }
        HirKind::Class(Class::Unicode(_)) => panic!("passport patterns are ASCII"),
        HirKind::Repetition(repetition) => {
            let max = repetition.max.unwrap_or(repetition.min + 3);
            let count = rng.between(i64::from(repetition.min), i64::from(max));
            for _ in 0..count {
                generate(&repetition.sub, rng, out);
            }
        }
        HirKind::Capture(capture) => generate(&capture.sub, rng, out),
        HirKind::Concat(parts) => parts.iter().for_each(|part| generate(part, rng, out)),
        HirKind::Alternation(parts) => generate(rng.pick(parts), rng, out),
        HirKind::Empty | HirKind::Look(_) => {}
    }
}

/// `text` with one character replaced, inserted, removed, or two swapped.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<String> = text.chars().map(String::from).collect();
    let symbol = |rng: &mut Rng| {
        if rng.between(0, 9) == 0 {
            rng.pick(OTHERS).to_string()
        } else {
            char::from(*rng.pick(SYMBOLS)).to_string()
        }
    };
    let at = rng.between(0, chars.len() as i64) as usize;
    match rng.between(0, 3) {
        0 if at < chars.len() => chars[at] = symbol(rng),
        1 => chars.insert(at, symbol(rng)),
        2 if at < chars.len() => {
            chars.remove(at);
        }
        _ if chars.len() >= 2 => {
            let last = chars.len() - 1;
            let other = rng.between(0, last as i64) as usize;
            chars.swap(at.min(last), other);
        }
        _ => chars.push(symbol(rng)),
    }
    chars.concat()
}

/// Every string of `length` characters taken from `alphabet`.
fn every_string(alphabet: &[String], length: u32) -> impl Iterator<Item = String> + '_ {
    let count = alphabet.len().pow(length);
    (0..count).map(move |mut n| {
        let mut text = String::new();
        for _ in 0..length {
            text.push_str(&alphabet[n % alphabet.len()]);
            n /= alphabet.len();
        }
        text
    })
}

fn compare(pattern: &PassportPattern, regex: &regex::Regex, input: &str) -> bool {
    let matched = regex.is_match(input);
    assert_eq!(
        pattern.matches(input),
        matched,
        "{} {:?} on {input:?}",
        pattern.state,
        pattern.pattern
    );
    matched
}

#[test]
fn every_passport_automaton_equals_its_regex() {
    let full: Vec<String> = SYMBOLS
        .iter()
        .map(|&b| char::from(b).to_string())
        .chain(OTHERS.iter().map(|s| s.to_string()))
        .collect();
    let short: Vec<String> = (0..=3).flat_map(|n| every_string(&full, n)).collect();
    let mut rng = Rng::new(0x5EED_0005);
    for pattern in PASSPORT_PATTERNS {
        let regex = regex::Regex::new(&format!("^(?:{})$", pattern.pattern)).expect("compiles");
        let hir = hir(pattern);
        for input in &short {
            compare(pattern, &regex, input);
        }

        let alphabet = representatives(&hir);
        let longest = hir.properties().maximum_len().expect("bounded") as u32;
        let mut strings = 0;
        let mut length = 0;
        while length <= longest + 1 && strings + alphabet.len().pow(length) <= 1_000_000 {
            every_string(&alphabet, length).for_each(|input| {
                compare(pattern, &regex, &input);
            });
            strings += alphabet.len().pow(length);
            length += 1;
        }
        assert!(
            length > longest.min(6),
            "{}: only lengths below {length} of {} classes",
            pattern.state,
            alphabet.len()
        );

        let mut mutants_matched = 0;
        for _ in 0..20_000 {
            let mut bytes = Vec::new();
            generate(&hir, &mut rng, &mut bytes);
            let number = String::from_utf8(bytes).expect("ASCII");
            assert!(compare(pattern, &regex, &number), "{number} was generated");
            for _ in 0..3 {
                mutants_matched +=
                    usize::from(compare(pattern, &regex, &mutate(&number, &mut rng)));
            }
            let length = rng.between(0, i64::from(longest) + 2) as usize;
            let random: String = (0..length).map(|_| rng.pick(&full).as_str()).collect();
            compare(pattern, &regex, &random);
        }
        // The mutants are near misses and near hits both.
        assert!(
            (1_000..59_000).contains(&mutants_matched),
            "{}: {mutants_matched} of 60,000 mutants match",
            pattern.state
        );
    }
}

#[test]
fn every_example_matches_and_every_state_is_listed_once() {
    let mut states: Vec<&str> = PASSPORT_PATTERNS.iter().map(|p| p.state).collect();
    for pattern in PASSPORT_PATTERNS {
        assert!(pattern.matches(pattern.example), "{}", pattern.state);
        assert!(!pattern.source.is_empty(), "{}", pattern.state);
    }
    states.sort_unstable();
    states.dedup();
    assert_eq!(states.len(), PASSPORT_PATTERNS.len());
}
