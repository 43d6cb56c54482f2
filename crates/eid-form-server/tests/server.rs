//! The reference server end to end on SQLite: the real binary on a loopback
//! port, spoken to over plain HTTP/1.1. Parity with the library on every golden
//! vector; versions (a resubmission is pending and changes nothing current);
//! officers (sign-in, roles, the audit, failed sign-ins slowed and refused,
//! X-Forwarded-For only from trusted proxies); settings refused at start-up;
//! statistics, health, metrics, logs and headers.

mod support;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use eid_form::{validate, Options};
use serde_json::{json, Value};
use support::{add_officer, adult, temp_db, vector, vectors, Server, BINARY};

#[test]
fn api_check_equals_the_library_byte_for_byte_on_every_vector() {
    let cases = vectors();
    let days: BTreeSet<String> = cases
        .iter()
        .map(|c| c["today"].as_str().unwrap().to_string())
        .collect();
    for today in days {
        let server = Server::start(&temp_db(&format!("parity-{today}")), &today, &[]);
        for locale in ["en", "vi", "ja", "ar"] {
            for case in cases.iter().filter(|c| c["today"] == today.as_str()) {
                let response =
                    server.post_json(&format!("/api/check?locale={locale}"), &case["form"]);
                assert_eq!(response.status, 200, "{}", case["id"]);
                let options = Options::new(Some(&today), locale).unwrap();
                assert_eq!(
                    response.body,
                    validate(&case["form"], &options).to_json(),
                    "{} in {locale}",
                    case["id"]
                );
            }
        }
    }
}

#[test]
fn stored_applications_survive_a_restart_and_only_an_admin_deletes() {
    let db = temp_db("restart");
    let admin = add_officer(&db, "boss", "admin");
    let desk = add_officer(&db, "desk1", "desk");
    let id = {
        let server = Server::start(&db, "2025-07-01", &[]);
        let response = server.post_json("/api/applications", &vector("adult-level2-complete"));
        assert_eq!(response.status, 201, "{}", response.body);
        let body = response.json();
        assert_eq!(body["report"]["valid"], true);
        assert_eq!(body["pending"], false);
        body["id"].as_str().unwrap().to_string()
    };
    let server = Server::start(&db, "2025-07-01", &[]);
    let desk = server.sign_in("desk1", &desk);
    let record = server.officer(&desk, "GET", &format!("/api/applications/{id}"), None);
    assert_eq!(record.status, 200, "{}", record.body);
    let record = record.json();
    assert_eq!(
        record["passport"],
        json!({ "issuingState": "JPN", "number": "TK1234567" })
    );
    assert_eq!(record["versions"][0]["reference"], id.as_str());
    assert_eq!(record["versions"][0]["state"], "current");
    assert_eq!(
        record["versions"][0]["application"]["contact"]["phone"],
        "+84912345678"
    );
    assert_eq!(record["versions"][0]["report"]["valid"], true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the database is readable by its owner only");
    }
    let by_desk = server.officer(&desk, "DELETE", &format!("/api/applications/{id}"), None);
    assert_eq!(by_desk.status, 403);
    let admin = server.sign_in("boss", &admin);
    let deleted = server.officer(&admin, "DELETE", &format!("/api/applications/{id}"), None);
    assert_eq!(deleted.status, 204);
    let gone = server.officer(&admin, "GET", &format!("/api/applications/{id}"), None);
    assert_eq!(gone.status, 404);
}

#[test]
fn the_officers_endpoints_need_a_sign_in_and_the_right_role() {
    let db = temp_db("roles");
    let stats_password = add_officer(&db, "counter", "stats");
    let server = Server::start(&db, "2025-07-01", &[]);
    let id = server
        .post_json("/api/applications", &vector("adult-level2-complete"))
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    for (method, path) in [
        ("GET", format!("/api/applications/{id}")),
        ("GET", "/api/stats".to_string()),
        ("GET", "/api/session".to_string()),
        ("GET", "/api/officers".to_string()),
    ] {
        assert_eq!(
            server.request(method, &path, &[], b"").status,
            401,
            "{path}"
        );
    }
    let forged = server.request(
        "GET",
        "/api/stats",
        &[("Cookie", &format!("eid_officer={}", "ab".repeat(32)))],
        b"",
    );
    assert_eq!(forged.status, 401);
    let stats = server.sign_in("counter", &stats_password);
    assert_eq!(
        server.officer(&stats, "GET", "/api/stats", None).status,
        200
    );
    let who = server.officer(&stats, "GET", "/api/session", None).json();
    assert_eq!(who, json!({ "name": "counter", "role": "stats" }));
    // A stats account cannot read an application, nor search, nor manage accounts.
    assert_eq!(
        server
            .officer(&stats, "GET", &format!("/api/applications/{id}"), None)
            .status,
        403
    );
    let search = json!({ "issuingState": "JPN", "passportNumber": "TK1234567" });
    assert_eq!(
        server
            .officer(&stats, "POST", "/api/applications/search", Some(&search))
            .status,
        403
    );
    assert_eq!(
        server.officer(&stats, "GET", "/api/officers", None).status,
        403
    );
    // Signing out ends the session on the server, not just in the browser.
    assert_eq!(
        server
            .officer(&stats, "DELETE", "/api/session", None)
            .status,
        204
    );
    assert_eq!(
        server.officer(&stats, "GET", "/api/stats", None).status,
        401
    );
}

#[test]
fn the_sign_in_cookie_is_httponly_strict_and_short_lived() {
    let db = temp_db("cookie");
    let password = add_officer(&db, "desk1", "desk");
    let server = Server::start(&db, "2025-07-01", &[("EID_FORM_SESSION_MINUTES", "20")]);
    let response = server.post_json(
        "/api/session",
        &json!({ "name": "desk1", "password": password }),
    );
    assert_eq!(response.status, 200);
    let cookie = &response.headers["set-cookie"];
    assert!(cookie.starts_with("eid_officer="), "{cookie}");
    // The cookie lasts a working day at most; the server ends the sign-in
    // after EID_FORM_SESSION_MINUTES without use (tests/store.rs).
    for part in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=28800"] {
        assert!(cookie.contains(part), "{part} in {cookie}");
    }
    assert!(
        !cookie.contains("Secure"),
        "plain HTTP on loopback: {cookie}"
    );
    // Behind a trusted TLS-terminating proxy the cookie is Secure.
    let server = Server::start(
        &db,
        "2025-07-01",
        &[("EID_FORM_TRUSTED_PROXIES", "127.0.0.1")],
    );
    let body = json!({ "name": "desk1", "password": password }).to_string();
    let response = server.request(
        "POST",
        "/api/session",
        &[
            ("Content-Type", "application/json"),
            ("X-Forwarded-Proto", "https"),
        ],
        body.as_bytes(),
    );
    assert!(response.headers["set-cookie"].contains("; Secure"));
}

#[test]
fn a_strangers_resubmission_stays_pending_and_changes_nothing_current() {
    let db = temp_db("stranger");
    let desk = add_officer(&db, "desk1", "desk");
    let server = Server::start(&db, "2025-07-01", &[]);
    let original = adult("TK1234567", "0912345678");
    let first = server.post_json("/api/applications", &original).json();
    assert_eq!(first["pending"], false);
    // Someone who knows the passport's state and number posts another phone and email.
    let mut forged = original.clone();
    forged["contact"]["phone"] = json!("0987654321");
    forged["contact"]["email"] = json!("attacker@example.com");
    let second = server.post_json("/api/applications", &forged);
    assert_eq!(second.status, 201, "{}", second.body);
    let second = second.json();
    assert_eq!(second["pending"], true);
    assert_ne!(
        second["id"], first["id"],
        "its own reference, never another version's"
    );
    let desk = server.sign_in("desk1", &desk);
    let search = json!({ "issuingState": "JPN", "passportNumber": "tk 123 4567" });
    let record = server.officer(&desk, "POST", "/api/applications/search", Some(&search));
    assert_eq!(record.status, 200, "{}", record.body);
    let record = record.json();
    let versions = record["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["state"], "current");
    assert_eq!(
        versions[0]["application"]["contact"]["phone"],
        "+84912345678"
    );
    assert_eq!(
        versions[0]["application"]["contact"]["email"],
        "hanako.sato@example.jp"
    );
    assert_eq!(versions[1]["state"], "pending");
    // The pending version claims nothing: the original number is still the owner's.
    let other = server.post_json("/api/applications", &adult("TK7654321", "0912345678"));
    assert_eq!(other.status, 409);
    // ... and the forged number is free for its real owner.
    let owner = server.post_json("/api/applications", &adult("TK1111111", "0987654321"));
    assert_eq!(owner.status, 201);
    // Only an officer at the counter makes a pending version current.
    let reference = second["id"].as_str().unwrap();
    let made = server.officer(
        &desk,
        "POST",
        &format!("/api/applications/{reference}/current"),
        None,
    );
    assert_eq!(
        made.status, 409,
        "its number is now another person's: {}",
        made.body
    );
    assert_eq!(made.json()["code"], "phone-already-used");
    let mut honest = original.clone();
    honest["contact"]["email"] = json!("hanako.new@example.jp");
    let third = server.post_json("/api/applications", &honest).json();
    let reference = third["id"].as_str().unwrap();
    let made = server.officer(
        &desk,
        "POST",
        &format!("/api/applications/{reference}/current"),
        None,
    );
    assert_eq!(made.status, 200, "{}", made.body);
    let made = made.json();
    let states: Vec<&str> = made["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["earlier", "pending", "current"]);
    let again = server.officer(
        &desk,
        "POST",
        &format!("/api/applications/{reference}/current"),
        None,
    );
    assert_eq!(again.json()["code"], "not-pending");
    let received = server.officer(
        &desk,
        "POST",
        &format!("/api/applications/{reference}/received"),
        None,
    );
    assert_eq!(received.status, 200);
    assert_eq!(received.json()["receivedBy"], "desk1");
}

#[test]
fn every_read_and_change_is_audited_with_the_officer() {
    let db = temp_db("audit");
    let admin = add_officer(&db, "boss", "admin");
    let server = Server::start(&db, "2025-07-01", &[]);
    let id = server
        .post_json("/api/applications", &vector("adult-level2-complete"))
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let admin = server.sign_in("boss", &admin);
    for _ in 0..3 {
        assert_eq!(
            server
                .officer(&admin, "GET", &format!("/api/applications/{id}"), None)
                .status,
            200
        );
    }
    let search = json!({ "issuingState": "JPN", "passportNumber": "TK1234567" });
    assert_eq!(
        server
            .officer(&admin, "POST", "/api/applications/search", Some(&search))
            .status,
        200
    );
    assert_eq!(
        server
            .officer(
                &admin,
                "POST",
                &format!("/api/applications/{id}/received"),
                None
            )
            .status,
        200
    );
    let trail = server
        .officer(
            &admin,
            "GET",
            &format!("/api/applications/{id}/audit"),
            None,
        )
        .json();
    // The audit names the application (every version), not the version read.
    let record = trail["record"].as_str().unwrap().to_string();
    let actions: Vec<(&str, &str, &str)> = trail["audit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["officer"].as_str().unwrap(),
                l["action"].as_str().unwrap(),
                l["client"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        actions,
        [
            ("boss", "read", "127.0.0.1"),
            ("boss", "read", "127.0.0.1"),
            ("boss", "read", "127.0.0.1"),
            ("boss", "search", "127.0.0.1"),
            ("boss", "received", "127.0.0.1"),
        ]
    );
    assert_eq!(
        server
            .officer(&admin, "DELETE", &format!("/api/applications/{id}"), None)
            .status,
        204
    );
    // The log has the same lines, as JSON, naming the officer and the record.
    std::thread::sleep(Duration::from_millis(300));
    let audit_lines: Vec<Value> = server
        .log_text()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|l| l["target"] == "audit" && l["record"] == record.as_str())
        .collect();
    let logged: Vec<&str> = audit_lines
        .iter()
        .map(|l| l["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        logged,
        ["read", "read", "read", "search", "received", "delete"]
    );
    assert!(audit_lines
        .iter()
        .all(|l| l["officer"] == "boss" && l["client"] == "127.0.0.1"));
}

#[test]
fn failed_sign_ins_are_slowed_then_refused_per_account() {
    let db = temp_db("throttle");
    let password = add_officer(&db, "desk1", "desk");
    let server = Server::start(&db, "2025-07-01", &[]);
    let wrong = json!({ "name": "desk1", "password": "not the password" });
    let mut times = Vec::new();
    for _ in 0..10 {
        let started = Instant::now();
        let response = server.post_json("/api/session", &wrong);
        assert_eq!(response.status, 401);
        times.push(started.elapsed());
    }
    assert!(
        times[..3].iter().all(|t| *t < Duration::from_millis(1_000)),
        "{times:?}"
    );
    assert!(times[4] >= Duration::from_millis(500), "slowed: {times:?}");
    assert!(
        times[9] >= Duration::from_millis(2_000),
        "slowed: {times:?}"
    );
    // The eleventh is refused, even with the right password, until the window ends.
    let refused = server.post_json(
        "/api/session",
        &json!({ "name": "desk1", "password": password }),
    );
    assert_eq!(refused.status, 429);
    let retry: i64 = refused.headers["retry-after"].parse().unwrap();
    assert!((1..=900).contains(&retry));
    // Another account from the same address is not locked out.
    let other = add_officer(&db, "desk2", "desk");
    assert_eq!(
        server
            .post_json(
                "/api/session",
                &json!({ "name": "desk2", "password": other })
            )
            .status,
        200
    );
}

#[test]
fn forwarded_for_counts_only_from_trusted_proxies() {
    let db = temp_db("forwarded");
    let password = add_officer(&db, "desk1", "desk");
    // 127.0.0.1 is not a trusted proxy here: a client cannot pick its address.
    let server = Server::start(
        &db,
        "2025-07-01",
        &[("EID_FORM_TRUSTED_PROXIES", "10.9.9.9")],
    );
    let desk = server.sign_in("desk1", &password);
    let id = server
        .post_json("/api/applications", &vector("adult-level2-complete"))
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let read = server.request(
        "GET",
        &format!("/api/applications/{id}"),
        &[("Cookie", &desk), ("X-Forwarded-For", "203.0.113.9")],
        b"",
    );
    assert_eq!(read.status, 200);
    // Spoofed addresses do not escape the per-address count either; 31
    // guesses at once are counted before any is judged, so one is refused.
    let wrong = json!({ "name": "nobody", "password": "wrong password" }).to_string();
    let mut statuses: Vec<u16> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..31)
            .map(|i| {
                let (server, wrong) = (&server, &wrong);
                scope.spawn(move || {
                    let spoof = format!("198.51.100.{i}");
                    server
                        .request(
                            "POST",
                            "/api/session",
                            &[
                                ("Content-Type", "application/json"),
                                ("X-Forwarded-For", &spoof),
                            ],
                            wrong.replace("nobody", &format!("nobody{i}")).as_bytes(),
                        )
                        .status
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    statuses.sort_unstable();
    assert_eq!(
        statuses.iter().filter(|s| **s == 401).count(),
        30,
        "{statuses:?}"
    );
    assert_eq!(
        statuses[30], 429,
        "the 31st from one address is refused: {statuses:?}"
    );
    std::thread::sleep(Duration::from_millis(300));
    let log = server.log_text();
    assert!(!log.contains("203.0.113.9") && !log.contains("198.51.100."));
    // Behind a trusted proxy, the forwarded address is the client's (and
    // 127.0.0.1's own count, now over the limit, does not lock it out).
    let server = Server::start(
        &db,
        "2025-07-01",
        &[("EID_FORM_TRUSTED_PROXIES", "127.0.0.0/8")],
    );
    let body = json!({ "name": "desk1", "password": password }).to_string();
    let signed = server.request(
        "POST",
        "/api/session",
        &[
            ("Content-Type", "application/json"),
            ("X-Forwarded-For", "203.0.113.9"),
        ],
        body.as_bytes(),
    );
    assert_eq!(signed.status, 200, "{}", signed.body);
    let desk = support::cookie_of(&signed);
    server.request(
        "GET",
        &format!("/api/applications/{id}"),
        &[
            ("Cookie", &desk),
            ("X-Forwarded-For", "203.0.113.9, 127.0.0.2"),
        ],
        b"",
    );
    std::thread::sleep(Duration::from_millis(300));
    assert!(server.log_text().contains("\"client\":\"203.0.113.9\""));
}

#[test]
fn one_number_per_account_and_shared_representative_numbers() {
    let db = temp_db("phone");
    let stats_password = add_officer(&db, "counter", "stats");
    let server = Server::start(&db, "2025-07-01", &[]);
    let first = vector("adult-level2-complete");
    assert_eq!(server.post_json("/api/applications", &first).status, 201);
    let other = adult("TK7654321", "0912345678");
    let conflict = server.post_json("/api/applications?locale=vi", &other);
    assert_eq!(conflict.status, 409, "{}", conflict.body);
    let report = conflict.json();
    assert_eq!(report["valid"], false);
    assert_eq!(report["locale"], "vi");
    let codes: Vec<(&str, &str)> = report["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["path"].as_str().unwrap(), i["code"].as_str().unwrap()))
        .collect();
    assert_eq!(codes, [("contact.phone", "phone-already-used")]);
    assert!(report["issues"][0]["message"]
        .as_str()
        .unwrap()
        .starts_with("Số di động"));
    let child = vector("child-10-level2-with-parent");
    assert_eq!(server.post_json("/api/applications", &child).status, 201);
    let mut sibling = child.clone();
    sibling["applicant"]["passport"]["number"] = json!("M22222222");
    assert_eq!(server.post_json("/api/applications", &sibling).status, 201);
    for _ in 0..5 {
        assert_eq!(
            server
                .post_json(
                    "/api/applications?locale=ja",
                    &vector("adult-phone-landline")
                )
                .status,
            422
        );
    }
    let stats = server.sign_in("counter", &stats_password);
    let stats = server.officer(&stats, "GET", "/api/stats", None).json();
    assert_eq!(
        stats["stored"]["total"], "<5",
        "3 stored, shown as <5: {stats}"
    );
    let cells = stats["stored"]["cells"].as_array().unwrap();
    assert!(cells.iter().all(|c| c["count"] == "<5"));
    let refused = stats["refused"]["cells"].as_array().unwrap();
    let landline = refused
        .iter()
        .find(|c| c["code"] == "phone-not-vn-mobile" && c["locale"] == "ja")
        .unwrap();
    assert_eq!(landline["count"], 5);
    let used = refused
        .iter()
        .find(|c| c["code"] == "phone-already-used")
        .unwrap();
    assert_eq!(
        (used["count"].clone(), used["locale"].clone()),
        (json!("<5"), json!("vi"))
    );
    assert!(stats.to_string().find("SATO").is_none());
}

#[test]
fn concurrent_posts_lose_nothing_and_duplicate_nothing() {
    let db = temp_db("concurrent");
    let desk = add_officer(&db, "desk1", "desk");
    let server = Server::start(&db, "2025-07-01", &[]);
    let forms: Vec<Value> = (0..16)
        .map(|i| {
            adult(
                &format!("TK{:07}", 1000 + i % 8),
                &format!("09123{:05}", i % 8),
            )
        })
        .collect();
    let pending: Vec<bool> = std::thread::scope(|scope| {
        let handles: Vec<_> = forms
            .iter()
            .map(|form| {
                let server = &server;
                scope.spawn(move || {
                    let response = server.post_json("/api/applications", form);
                    assert_eq!(response.status, 201, "{}", response.body);
                    response.json()["pending"].as_bool().unwrap()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(
        pending.iter().filter(|p| !**p).count(),
        8,
        "one current version per passport"
    );
    let desk = server.sign_in("desk1", &desk);
    for i in 0..8 {
        let search =
            json!({ "issuingState": "JPN", "passportNumber": format!("TK{:07}", 1000 + i) });
        let record = server
            .officer(&desk, "POST", "/api/applications/search", Some(&search))
            .json();
        let states: Vec<&str> = record["versions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["state"].as_str().unwrap())
            .collect();
        assert_eq!(states.len(), 2);
        assert_eq!(states.iter().filter(|s| **s == "current").count(), 1);
    }
}

#[test]
fn two_servers_on_one_sqlite_file_both_write() {
    let db = temp_db("two-on-sqlite");
    let desk = add_officer(&db, "desk1", "desk");
    let a = Server::start(&db, "2025-07-01", &[]);
    let b = Server::start(&db, "2025-07-01", &[]);
    let statuses: Vec<(u16, String)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..32)
            .map(|i| {
                let server = if i % 2 == 0 { &a } else { &b };
                scope.spawn(move || {
                    let form = adult(
                        &format!("TK{:07}", 2000 + i % 20),
                        &format!("09124{:05}", i % 24),
                    );
                    let response = server.post_json("/api/applications", &form);
                    let id = if response.status == 201 {
                        response.json()["id"].as_str().unwrap().to_string()
                    } else {
                        String::new()
                    };
                    (response.status, id)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(
        statuses.iter().all(|(s, _)| *s == 201 || *s == 409),
        "{statuses:?}"
    );
    let desk_b = b.sign_in("desk1", &desk);
    for (_, id) in statuses.iter().filter(|(s, _)| *s == 201) {
        assert_eq!(
            a.officer(&desk_b, "GET", &format!("/api/applications/{id}"), None)
                .status,
            200
        );
    }
}

#[test]
fn bad_requests_get_a_clear_status_and_the_server_keeps_serving() {
    let server = Server::start(&temp_db("bad"), "2025-07-01", &[]);
    let json_type = [("Content-Type", "application/json")];
    let empty = server.request("POST", "/api/applications", &json_type, b"");
    assert_eq!(empty.status, 400);
    assert_eq!(empty.json()["issues"][0]["code"], "invalid-json");
    let not_json = server.request("POST", "/api/check", &json_type, b"{not json");
    assert_eq!(not_json.status, 400);
    assert_eq!(not_json.json()["normalized"], json!({}));
    let wrong_type = server.request(
        "POST",
        "/api/check",
        &[("Content-Type", "text/plain")],
        b"{}",
    );
    assert_eq!(wrong_type.status, 415);
    let huge = vec![b' '; 10 * 1024 * 1024];
    let too_big = server.request("POST", "/api/check", &json_type, &huge);
    assert_eq!(too_big.status, 413);
    let invalid = server.post_json("/api/applications", &vector("adult-phone-landline"));
    assert_eq!(invalid.status, 422);
    assert_eq!(invalid.json()["issues"][0]["code"], "phone-not-vn-mobile");
    let unknown = server.request("GET", "/no/such/page", &[], b"");
    assert_eq!(
        unknown.status, 404,
        "unknown paths answer 404, with the 404 page"
    );
    assert!(
        unknown.body.contains("<html")
            || unknown.body.contains("<!doctype")
            || unknown.body.contains("<!DOCTYPE")
    );
    assert_eq!(server.request("GET", "/api/nothing", &[], b"").status, 404);
    assert_eq!(server.request("GET", "/healthz", &[], b"").body, "ok");
    assert_eq!(server.request("GET", "/readyz", &[], b"").body, "ready");
}

#[test]
fn today_locale_negotiation_and_security_headers() {
    let server = Server::start(&temp_db("headers"), "2025-07-01", &[]);
    let today = server.request("GET", "/api/today", &[], b"");
    assert_eq!(today.json(), json!({ "today": "2025-07-01" }));
    let csp = &today.headers["content-security-policy"];
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval'")
            && !csp.contains("unsafe-inline")
            && !csp.contains("'unsafe-eval'")
    );
    assert_eq!(today.headers["x-content-type-options"], "nosniff");
    let form = vector("adult-phone-landline");
    let by_header = server.request(
        "POST",
        "/api/check",
        &[
            ("Content-Type", "application/json"),
            ("Accept-Language", "fr;q=0.5, ko-KR, en;q=0.8"),
        ],
        form.to_string().as_bytes(),
    );
    assert_eq!(by_header.json()["locale"], "ko");
    let by_query = server.request(
        "POST",
        "/api/check?locale=ja",
        &[
            ("Content-Type", "application/json"),
            ("Accept-Language", "ko"),
        ],
        form.to_string().as_bytes(),
    );
    assert_eq!(by_query.json()["locale"], "ja");
}

/// Runs the binary with one setting and returns (exit code, standard error).
fn refused_setting(name: &str, value: &str) -> (Option<i32>, String) {
    let output = std::process::Command::new(BINARY)
        .args(["--addr", "127.0.0.1:0"])
        .env("EID_FORM_DB", temp_db("settings"))
        .env("EID_FORM_METRICS_ADDR", "off")
        .env(name, value)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn settings_out_of_range_stop_the_start_with_a_message() {
    for days in ["150000000000000", "36501", "0", "-5", "ninety"] {
        let (code, message) = refused_setting("EID_FORM_RETENTION_DAYS", days);
        assert_eq!(code, Some(2), "{days}");
        assert!(
            message.contains("EID_FORM_RETENTION_DAYS") && message.contains("36500"),
            "{message}"
        );
    }
    for db in [
        "file::memory:?cache=shared",
        ":memory:",
        "file:eid.db",
        "sqlite://eid.db",
    ] {
        let (code, message) = refused_setting("EID_FORM_DB", db);
        assert_eq!(code, Some(2), "{db}");
        assert!(message.contains("EID_FORM_DB"), "{message}");
    }
    let (code, message) = refused_setting("EID_FORM_ADMIN_TOKEN", "secret");
    assert_eq!(code, Some(2));
    assert!(message.contains("officer add"), "{message}");
    // The bounds themselves are accepted.
    let server = Server::start(
        &temp_db("retention-max"),
        "2025-07-01",
        &[("EID_FORM_RETENTION_DAYS", "36500")],
    );
    assert_eq!(server.request("GET", "/healthz", &[], b"").status, 200);
}

#[cfg(unix)]
#[test]
fn an_existing_database_file_is_tightened_to_0600() {
    use std::os::unix::fs::PermissionsExt;
    let db = temp_db("tighten");
    drop(Server::start(&db, "2025-07-01", &[]));
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let _server = Server::start(&db, "2025-07-01", &[]);
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn metrics_in_prometheus_text_on_their_own_address() {
    let server = Server::start(
        &temp_db("metrics"),
        "2025-07-01",
        &[("EID_FORM_METRICS_ADDR", "127.0.0.1:0")],
    );
    server.post_json("/api/check", &vector("adult-phone-landline"));
    server.post_json("/api/applications", &vector("adult-level2-complete"));
    let addr = server
        .metrics
        .clone()
        .expect("the metrics address is printed");
    let page = support::request(&addr, "GET", "/metrics", &[], b"");
    assert_eq!(page.status, 200);
    assert!(page.headers["content-type"].starts_with("text/plain"));
    for needle in [
        "eid_form_http_requests_total{route=\"/api/check\",status=\"200\"} 1",
        "eid_form_http_requests_total{route=\"/api/applications\",status=\"201\"} 1",
        "eid_form_checks_total{route=\"/api/check\",verdict=\"invalid\"} 1",
        "eid_form_issues_total{code=\"phone-not-vn-mobile\"} 1",
        "eid_form_http_request_duration_seconds_bucket{route=\"/api/check\",le=\"",
        "eid_form_db_pool_connections ",
    ] {
        assert!(page.body.contains(needle), "{needle} in\n{}", page.body);
    }
    // Not on the public address.
    assert_eq!(server.request("GET", "/metrics", &[], b"").status, 404);
}

#[test]
fn logs_are_json_lines_without_names_numbers_or_dates() {
    let server = Server::start(&temp_db("logs"), "2025-07-01", &[]);
    server.post_json("/api/applications", &vector("adult-level2-complete"));
    server.post_json("/api/applications", &adult("TK7654321", "0912345678"));
    server.post_json("/api/check", &vector("adult-phone-landline"));
    std::thread::sleep(Duration::from_millis(300));
    let log = server.log_text();
    let lines: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let requests: Vec<&Value> = lines.iter().filter(|l| l["target"] == "request").collect();
    assert_eq!(requests.len(), 3, "{log}");
    assert_eq!(requests[1]["status"], 409);
    assert_eq!(requests[1]["codes"], "phone-already-used");
    for secret in [
        "SATO",
        "HANAKO",
        "TK1234567",
        "TK7654321",
        "912345678",
        "1990-05-20",
        "hanako",
    ] {
        assert!(!log.contains(secret), "{secret} in the log");
    }
}
