//! From kiosk to counter, at the HTTP level (the real binary on SQLite): the
//! receipt's QR code, the officers' session probe, the desk's re-check on the
//! server's day and its audited export, the campaign view's charts and CSV.

mod support;

use serde_json::{json, Value};
use support::{add_officer, adult, temp_db, Server};

/// The words of a chart: its axis labels and the figures above its bars.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|part| part.split_once('>'))
        .filter_map(|(_, rest)| rest.split_once("</text>"))
        .map(|(text, _)| text.trim().to_string())
        .collect()
}

#[test]
fn the_receipt_qr_code_is_svg_for_a_reference_and_nothing_else() {
    let server = Server::start(&temp_db("qr"), "2025-07-01", &[]);
    let stored = server.post_json("/api/applications", &adult("TK1000001", "0912000001"));
    assert_eq!(stored.status, 201, "{}", stored.body);
    let reference = stored.json()["id"].as_str().unwrap().to_string();
    let qr = server.request("GET", &format!("/api/receipt-qr/{reference}"), &[], b"");
    assert_eq!(qr.status, 200);
    assert_eq!(qr.headers["content-type"], "image/svg+xml");
    assert!(qr.body.contains("<svg") && qr.body.contains("<path"));
    assert!(
        !qr.body.contains(&reference),
        "the reference is in the code only"
    );
    assert!(qr.headers["content-security-policy"].contains("default-src 'self'"));
    for bad in ["a%20b", "%3Cscript%3E", &"a".repeat(65)] {
        assert_eq!(
            server
                .request("GET", &format!("/api/receipt-qr/{bad}"), &[], b"")
                .status,
            404,
            "{bad}"
        );
    }
}

#[test]
fn the_session_probe_always_answers_200() {
    let db = temp_db("probe");
    let password = add_officer(&db, "desk1", "desk");
    let server = Server::start(&db, "2025-07-01", &[]);
    let anonymous = server.request("GET", "/api/session/state", &[], b"");
    assert_eq!(anonymous.status, 200);
    assert_eq!(anonymous.json(), json!({ "signedIn": false }));
    let cookie = server.sign_in("desk1", &password);
    let signed = server.officer(&cookie, "GET", "/api/session/state", None);
    assert_eq!(
        signed.json(),
        json!({ "signedIn": true, "name": "desk1", "role": "desk" })
    );
    server.officer(&cookie, "DELETE", "/api/session", None);
    let ended = server.officer(&cookie, "GET", "/api/session/state", None);
    assert_eq!(ended.json(), json!({ "signedIn": false }));
}

#[test]
fn the_desk_sees_each_version_judged_again_on_the_servers_day() {
    let db = temp_db("recheck");
    let password = add_officer(&db, "desk1", "desk");
    let mut form = adult("TK1000002", "0912000002");
    form["applicant"]["passport"]["issueDate"] = json!("2016-01-05");
    form["applicant"]["passport"]["expiryDate"] = json!("2026-01-04");
    let reference = {
        let server = Server::start(&db, "2025-07-01", &[]);
        let stored = server.post_json("/api/applications?locale=ja", &form);
        assert_eq!(stored.status, 201, "{}", stored.body);
        let reference = stored.json()["id"].as_str().unwrap().to_string();
        let cookie = server.sign_in("desk1", &password);
        let record = server
            .officer(
                &cookie,
                "GET",
                &format!("/api/applications/{reference}"),
                None,
            )
            .json();
        assert_eq!(record["checkedOn"], "2025-07-01");
        assert_eq!(record["versions"][0]["recheck"]["vi"]["valid"], true);
        assert_eq!(record["versions"][0]["recheck"]["ja"]["locale"], "ja");
        reference
    };
    // Months later the passport has expired: the stored report still says
    // valid (as at submission), the re-check says why not, in vi and in ja.
    let server = Server::start(&db, "2026-02-01", &[]);
    let cookie = server.sign_in("desk1", &password);
    let record = server
        .officer(
            &cookie,
            "GET",
            &format!("/api/applications/{reference}"),
            None,
        )
        .json();
    assert_eq!(record["checkedOn"], "2026-02-01");
    let version = &record["versions"][0];
    assert_eq!(version["report"]["valid"], true);
    for locale in ["vi", "ja"] {
        let recheck = &version["recheck"][locale];
        assert_eq!(recheck["valid"], false);
        assert_eq!(recheck["locale"], locale);
        let codes: Vec<&str> = recheck["issues"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["code"].as_str().unwrap())
            .collect();
        assert!(codes.contains(&"document-expired"), "{codes:?}");
    }
}

#[test]
fn the_export_is_the_versions_normalized_application_for_the_desk_only_and_audited() {
    let db = temp_db("export");
    let desk = add_officer(&db, "desk1", "desk");
    let stats = add_officer(&db, "stats1", "stats");
    let admin = add_officer(&db, "boss", "admin");
    let server = Server::start(&db, "2025-07-01", &[]);
    let stored = server.post_json("/api/applications", &adult("TK1000003", "0912000003"));
    let reference = stored.json()["id"].as_str().unwrap().to_string();
    let path = format!("/api/applications/{reference}/export");
    assert_eq!(server.request("GET", &path, &[], b"").status, 401);
    let stats = server.sign_in("stats1", &stats);
    assert_eq!(server.officer(&stats, "GET", &path, None).status, 403);
    let desk = server.sign_in("desk1", &desk);
    let export = server.officer(&desk, "GET", &path, None);
    assert_eq!(export.status, 200);
    assert_eq!(
        export.headers["content-disposition"],
        format!("attachment; filename=\"TK01-{reference}.json\"")
    );
    let normalized: Value = export.json();
    assert_eq!(normalized["applicant"]["fullName"], "SATO HANAKO");
    assert_eq!(normalized["contact"]["phone"], "+84912000003");
    assert_eq!(
        server
            .officer(&desk, "GET", "/api/applications/nothing/export", None)
            .status,
        404
    );
    let admin = server.sign_in("boss", &admin);
    let audit = server
        .officer(
            &admin,
            "GET",
            &format!("/api/applications/{reference}/audit"),
            None,
        )
        .json();
    assert!(
        audit["audit"]
            .as_array()
            .unwrap()
            .iter()
            .any(|line| line["action"] == "export" && line["officer"] == "desk1"),
        "{audit}"
    );
}

#[test]
fn the_charts_and_csv_count_the_store_and_need_the_stats_role() {
    let db = temp_db("charts");
    let stats = add_officer(&db, "stats1", "stats");
    let server = Server::start(&db, "2025-07-01", &[]);
    for n in 0..6 {
        let stored = server.post_json(
            "/api/applications?locale=ja",
            &adult(&format!("TK20000{n:02}"), &format!("09120001{n:02}")),
        );
        assert_eq!(stored.status, 201, "{}", stored.body);
    }
    let refused = server.post_json("/api/applications?locale=en", &json!({ "level": 2 }));
    assert_eq!(refused.status, 422);
    for path in ["/api/stats/chart/levels.svg", "/api/stats.csv"] {
        assert_eq!(server.request("GET", path, &[], b"").status, 401, "{path}");
    }
    let cookie = server.sign_in("stats1", &stats);
    let get = |path: &str| server.officer(&cookie, "GET", path, None);
    let levels = get("/api/stats/chart/levels.svg");
    assert_eq!(levels.status, 200);
    assert_eq!(levels.headers["content-type"], "image/svg+xml");
    let words = texts(&levels.body);
    assert!(words.contains(&"level 2".into()) && words.contains(&"6".into()));
    assert!(words.contains(&"&lt;5".into()), "none at level 1 reads <5");
    let locales = texts(&get("/api/stats/chart/locales.svg").body);
    assert!(locales.contains(&"ja".into()) && locales.contains(&"6".into()));
    let per_day = texts(&get("/api/stats/chart/stored-per-day.svg").body);
    assert!(per_day.contains(&"6".into()), "{per_day:?}");
    let codes = texts(&get("/api/stats/chart/refused-codes.svg").body);
    assert!(codes.contains(&"required".into()), "{codes:?}");
    let ja_codes = texts(&get("/api/stats/chart/refused-codes.svg?locale=ja").body);
    assert!(!ja_codes.contains(&"required".into()), "ja refused nothing");
    assert_eq!(get("/api/stats/chart/secrets.svg").status, 404);
    let csv = get("/api/stats.csv");
    assert_eq!(csv.headers["content-type"], "text/csv; charset=utf-8");
    let lines: Vec<&str> = csv.body.split("\r\n").collect();
    assert_eq!(lines[0], "table,day,level,locale,code,count");
    assert!(lines
        .iter()
        .any(|l| l.starts_with("stored,") && l.ends_with(",2,ja,,6")));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("refused,") && l.ends_with(",en,required,<5")));
    assert!(!csv.body.contains("SATO") && !csv.body.contains("TK2000"));
}
