//! Officers' secrets: argon2id password hashes, random sign-in tokens (the
//! store keeps only their SHA-256), and the rule for failed sign-ins, which the
//! store counts per account and per client address for the whole fleet.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use sha2::{Digest, Sha256};
use std::time::Duration;

/// Attempts are counted in windows of this many seconds.
pub const WINDOW: i64 = 15 * 60;
/// Attempts in a window after which an account is refused until it ends.
pub const ACCOUNT_LIMIT: i64 = 10;
/// Attempts in a window after which a client address is refused (higher: an
/// office may share one address).
pub const CLIENT_LIMIT: i64 = 30;
/// Attempts in a window answered at once; each later one waits longer.
pub const FREE_ATTEMPTS: i64 = 3;

/// How long to wait before judging the `attempts`-th attempt of a window.
pub fn delay(attempts: i64) -> Duration {
    if attempts <= FREE_ATTEMPTS {
        return Duration::ZERO;
    }
    let doublings = (attempts - FREE_ATTEMPTS - 1).min(3) as u32;
    Duration::from_millis(250 * 2u64.pow(doublings))
}

/// Passwords shorter than this are refused when an account is made.
pub const MIN_PASSWORD: usize = 12;

pub fn hash_password(password: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| format!("no randomness: {e}"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| e.to_string())
}

/// `false` for a wrong password and for a hash that does not parse.
pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// 256 random bits in hex: what the sign-in cookie carries.
pub fn new_token() -> Result<String, String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| format!("no randomness: {e}"))?;
    Ok(crate::store::hex(&bytes))
}

/// What the store keeps of a token.
pub fn token_hash(token: &str) -> String {
    crate::store::hex(&Sha256::digest(token.as_bytes()))
}

/// A readable random password for a new account (20 characters, ~100 bits).
pub fn new_password() -> Result<String, String> {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679";
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).map_err(|e| format!("no randomness: {e}"))?;
    Ok(bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect())
}

/// An account name: 1 to 64 letters, digits, dots, hyphens or underscores.
pub fn valid_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(&hash, "correct horse battery"));
        assert!(!verify_password(&hash, "correct horse batterz"));
        assert!(!verify_password("not a hash", "x"));
    }

    #[test]
    fn attempts_are_free_then_slower_up_to_two_seconds() {
        assert_eq!(delay(1), Duration::ZERO);
        assert_eq!(delay(FREE_ATTEMPTS), Duration::ZERO);
        assert_eq!(delay(FREE_ATTEMPTS + 1), Duration::from_millis(250));
        assert_eq!(delay(FREE_ATTEMPTS + 2), Duration::from_millis(500));
        assert_eq!(delay(100), Duration::from_secs(2));
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let a = new_token().unwrap();
        assert_eq!(a.len(), 64);
        assert_ne!(a, new_token().unwrap());
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), a);
        assert!(valid_name("desk.hanoi-01") && !valid_name("") && !valid_name("a b"));
        assert_eq!(new_password().unwrap().len(), 20);
    }
}
