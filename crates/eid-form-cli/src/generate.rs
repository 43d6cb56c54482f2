//! `eid-form generate`: random applications, valid and invalid, for parity
//! tests and benchmarks. Deterministic for a seed. Each application starts
//! from one of four valid shapes (adult, child with a parent, adult ward,
//! level 1 child with a Vietnamese representative) and receives up to three
//! changes drawn from values that hit every rule of FORM.md.

use serde_json::{json, Value};

/// xorshift64*: deterministic, fast, enough to spread the cases.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn bases() -> [Value; 4] {
    let adult = json!({
        "level": 2,
        "applicant": {
            "fullName": "SATO HANAKO", "dateOfBirth": "1990-05-20", "sex": "F", "nationality": "JPN",
            "passport": { "number": "TK1234567", "issuingState": "JPN", "issueDate": "2021-05-21", "expiryDate": "2031-05-20" },
            "residenceCard": { "kind": "temporary", "number": "LD0123456", "symbol": "LĐ2", "issueDate": "2025-01-10", "expiryDate": "2027-01-09" }
        },
        "contact": { "phone": "0912345678", "phoneOwner": "applicant", "phoneOwnershipConfirmed": true, "email": "hanako.sato@example.jp" }
    });
    let parent = json!({ "fullName": "KIM JIHOON", "relationship": "parent", "dateOfBirth": "1984-11-02", "sex": "M", "nationality": "KOR", "idKind": "passport", "idNumber": "M98765432", "hasLevel2Account": true });
    let mut child = adult.clone();
    child["applicant"] = json!({
        "fullName": "KIM MINJUN", "dateOfBirth": "2015-03-14", "sex": "M", "nationality": "KOR",
        "passport": { "number": "M12345678", "issuingState": "KOR", "issueDate": "2023-01-05", "expiryDate": "2028-01-05" },
        "residenceCard": { "kind": "temporary", "number": "TT7654321", "symbol": "TT", "issueDate": "2025-02-01", "expiryDate": "2027-10-01" }
    });
    child["contact"] = json!({ "phone": "+84 38 765 4321", "phoneOwner": "representative", "phoneOwnershipConfirmed": true });
    child["representative"] = parent.clone();
    let mut ward = adult.clone();
    ward["applicant"]["ward"] = json!(true);
    ward["contact"]["phoneOwner"] = json!("representative");
    ward["representative"] = parent;
    let mut level1 = child.clone();
    level1["level"] = json!(1);
    level1["representative"] = json!({ "fullName": "NGUYEN VAN AN", "relationship": "guardian", "dateOfBirth": "1984-11-02", "sex": "M", "nationality": "VNM", "idKind": "vn-personal-id", "idNumber": "001084012345", "hasLevel2Account": true });
    [adult, child, ward, level1]
}

/// Values that, put in the field, hit its rules (and some that pass).
fn values_for(path: &str) -> Vec<Value> {
    let common = vec![Value::Null, json!(""), json!(42), json!([]), json!("  ")];
    let specific: Vec<Value> = match path {
        "level" => vec![json!(1), json!(2), json!(3), json!(2.0), json!("2")],
        "applicant.fullName" | "representative.fullName" => vec![json!("Müller Jürgen"), json!("SATO HANAKO 2"), json!("佐藤 花子"), json!("SАTO"), json!("A".repeat(101)), json!("ｓａｔｏ")],
        "applicant.dateOfBirth" => vec![json!("2020-01-01"), json!("2011-07-01"), json!("2011-07-02"), json!("2019-07-01"), json!("1890-01-01"), json!("2026-01-01"), json!("1990-02-30"), json!("2008-02-29")],
        "representative.dateOfBirth" => vec![json!("2007-07-02"), json!("1990-01-01"), json!("2030-01-01"), json!("1985-13-01")],
        "applicant.sex" | "representative.sex" => vec![json!("M"), json!("F"), json!("X"), json!("Q")],
        "applicant.nationality" | "representative.nationality" | "applicant.passport.issuingState" => vec![json!("VNM"), json!("ZZZ"), json!("swe"), json!("DEU"), json!("D"), json!("USA"), json!("CHN")],
        "applicant.ward" => vec![json!(true), json!(false), json!("yes")],
        "applicant.passport.number" => vec![json!("TK-12345#"), json!("TK12345678901"), json!("E12345678"), json!("M123A4567"), json!("123456789"), json!("tk 123 4567"), json!("M98765432")],
        "applicant.passport.issueDate" | "applicant.residenceCard.issueDate" => vec![json!("2026-01-01"), json!("1970-01-01"), json!("2031-05-20"), json!("2024-02-29")],
        "applicant.passport.expiryDate" => vec![json!("2025-06-30"), json!("2025-07-01"), json!("2027-01-20"), json!("2020-01-01")],
        "applicant.passport.placeOfIssue" => vec![json!("TOKYO"), json!("X".repeat(101))],
        "applicant.passport.mrz" => vec![
            json!("P<JPNSATO<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<<<\nTK12345671JPN9005204F3105205<<<<<<<<<<<<<<<8"),
            json!("P<JPNSATO<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<<<\r\nTK12345672JPN9005204F3105205<<<<<<<<<<<<<<<8"),
            json!("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"),
            json!("not an mrz"),
        ],
        "applicant.residenceCard.kind" => vec![json!("temporary"), json!("permanent"), json!("visa")],
        "applicant.residenceCard.number" => vec![json!("AB12"), json!("tt 765 4321"), json!("X".repeat(25))],
        "applicant.residenceCard.symbol" => vec![json!("LD2"), json!("ĐT1"), json!("DT3"), json!("XX9"), json!("ld2"), json!("PV1")],
        "applicant.residenceCard.expiryDate" => vec![json!("2025-05-01"), json!("2030-01-10"), json!("2028-01-01"), json!("2031-05-01")],
        "contact.phone" => vec![json!("024 3825 1234"), json!("+81 90-1234-5678"), json!("12345"), json!("0084 91 234 5678"), json!("84912345678"), json!("０９１２ ３４５ ６７８"), json!("+999 123"), json!("01212345678"), json!("(091) 234 5678")],
        "contact.phoneOwner" => vec![json!("applicant"), json!("representative"), json!("mother")],
        "contact.phoneOwnershipConfirmed" => vec![json!(true), json!(false), json!("true")],
        "contact.email" => vec![json!("hanako at example"), json!("hanako@localhost"), json!("Hanako <h@example.jp>"), json!("ok@example.vn")],
        "representative.relationship" => vec![json!("parent"), json!("guardian"), json!("legal-representative"), json!("uncle")],
        "representative.idKind" => vec![json!("passport"), json!("vn-personal-id"), json!("card")],
        "representative.idNumber" => vec![json!("00108401234"), json!("001184012345"), json!("001284012345"), json!("001085012345"), json!("003084012345"), json!("TK1234567"), json!("M12345678")],
        "representative.hasLevel2Account" => vec![json!(true), json!(false)],
        "applicant" | "contact" | "representative" | "applicant.passport" | "applicant.residenceCard" => vec![json!({}), json!("x")],
        _ => vec![],
    };
    common.into_iter().chain(specific).collect()
}

fn set(form: &mut Value, path: &str, value: Value) {
    let keys: Vec<&str> = path.split('.').collect();
    let mut target = form;
    for key in &keys[..keys.len() - 1] {
        if !target[*key].is_object() {
            target[*key] = json!({});
        }
        target = &mut target[*key];
    }
    target[keys[keys.len() - 1]] = value;
}

/// One generated application.
pub fn application(rng: &mut Rng) -> Value {
    let bases = bases();
    let mut form = bases[rng.below(bases.len())].clone();
    let paths: Vec<&str> = eid_form::Field::ALL[1..].iter().map(|f| f.path()).collect();
    for _ in 0..rng.below(4) {
        match rng.below(24) {
            0 => {
                let key = ["nickname", "__proto__", "constructor", "extra"][rng.below(4)];
                let block = ["", "applicant.", "contact.", "applicant.passport."][rng.below(4)];
                set(&mut form, &format!("{block}{key}"), json!("x"));
            }
            // Expiry not after issue, yet neither expired nor issued in the future:
            // both on the reference day the parity tests use.
            2 => {
                set(
                    &mut form,
                    "applicant.passport.issueDate",
                    json!("2025-07-01"),
                );
                set(
                    &mut form,
                    "applicant.passport.expiryDate",
                    json!("2025-07-01"),
                );
            }
            1 => {
                if let Some(object) = form.as_object_mut() {
                    object.remove(["contact", "representative", "applicant"][rng.below(3)]);
                }
            }
            _ => {
                let path = paths[rng.below(paths.len())];
                let values = values_for(path);
                set(&mut form, path, values[rng.below(values.len())].clone());
            }
        }
    }
    form
}
