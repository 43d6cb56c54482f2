//! The reference server end to end: the real binary on a loopback port, spoken
//! to over plain HTTP/1.1. Parity with the library on every golden vector, the
//! store (restart, 409, replacement, concurrency), bad requests, officers'
//! endpoints, stats and headers.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use eid_form::{validate, Options};
use serde_json::{json, Value};

const BINARY: &str = env!("CARGO_BIN_EXE_eid-form-server");

struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(db: &Path, today: &str, extra: &[(&str, &str)]) -> Server {
        let mut command = Command::new(BINARY);
        command
            .args(["--addr", "127.0.0.1:0"])
            .env("EID_FORM_DB", db)
            .env("EID_FORM_TODAY", today)
            .env_remove("EID_FORM_ADMIN_TOKEN")
            .env_remove("EID_FORM_ALLOWED_ORIGINS")
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        for (name, value) in extra {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("start eid-form-server");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line.trim().rsplit("http://").next().unwrap().to_string();
        Server { child, addr }
    }

    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Response {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        let _ = stream.write_all(body);
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        Response::parse(&raw)
    }

    fn post_json(&self, path: &str, body: &Value) -> Response {
        self.request(
            "POST",
            path,
            &[("Content-Type", "application/json")],
            body.to_string().as_bytes(),
        )
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    headers: HashMap<String, String>,
    body: String,
}

impl Response {
    fn parse(raw: &[u8]) -> Response {
        let text = String::from_utf8_lossy(raw);
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let headers: HashMap<String, String> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let body = if headers
            .get("transfer-encoding")
            .is_some_and(|v| v == "chunked")
        {
            dechunk(body)
        } else {
            body.to_string()
        };
        Response {
            status,
            headers,
            body,
        }
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.push_str(&rest[..size]);
        body = &rest[size + 2..];
    }
    out
}

fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "eid-form-server-test-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("store.db")
}

fn vectors() -> Vec<Value> {
    let mut cases = Vec::new();
    for file in ["public.json", "project.json"] {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/vectors")
                .join(file),
        )
        .unwrap();
        cases.extend(serde_json::from_str::<Vec<Value>>(&text).unwrap());
    }
    cases
}

fn vector(id: &str) -> Value {
    vectors().into_iter().find(|c| c["id"] == id).unwrap()["form"].clone()
}

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
fn valid_applications_are_stored_and_survive_a_restart() {
    let db = temp_db("restart");
    let token = [("EID_FORM_ADMIN_TOKEN", "officer-token")];
    let id = {
        let server = Server::start(&db, "2025-07-01", &token);
        let response = server.post_json("/api/applications", &vector("adult-level2-complete"));
        assert_eq!(response.status, 201, "{}", response.body);
        let body = response.json();
        assert_eq!(body["report"]["valid"], true);
        body["id"].as_str().unwrap().to_string()
    };
    let server = Server::start(&db, "2025-07-01", &token);
    let response = server.request(
        "GET",
        &format!("/api/applications/{id}"),
        &[("Authorization", "Bearer officer-token")],
        b"",
    );
    assert_eq!(response.status, 200);
    let record = response.json();
    assert_eq!(record["application"]["contact"]["phone"], "+84912345678");
    assert_eq!(record["report"]["valid"], true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the database is readable by its owner only");
    }
    let wrong = server.request(
        "GET",
        &format!("/api/applications/{id}"),
        &[("Authorization", "Bearer nope")],
        b"",
    );
    assert_eq!(wrong.status, 401);
    let deleted = server.request(
        "DELETE",
        &format!("/api/applications/{id}"),
        &[("Authorization", "Bearer officer-token")],
        b"",
    );
    assert_eq!(deleted.status, 204);
    let gone = server.request(
        "GET",
        &format!("/api/applications/{id}"),
        &[("Authorization", "Bearer officer-token")],
        b"",
    );
    assert_eq!(gone.status, 404);
}

#[test]
fn officers_endpoints_are_off_without_a_token() {
    let server = Server::start(&temp_db("no-token"), "2025-07-01", &[]);
    let response = server.request(
        "GET",
        "/api/applications/abc",
        &[("Authorization", "Bearer x")],
        b"",
    );
    assert_eq!(response.status, 404);
}

fn with_passport(form: &Value, number: &str) -> Value {
    let mut form = form.clone();
    form["applicant"]["passport"]["number"] = json!(number);
    form
}

#[test]
fn one_number_per_account_with_replacement_and_shared_representative_numbers() {
    let server = Server::start(&temp_db("phone"), "2025-07-01", &[]);
    let first = vector("adult-level2-complete");
    assert_eq!(server.post_json("/api/applications", &first).status, 201);
    // The same passport again replaces its own record.
    let again = server.post_json("/api/applications", &first);
    assert_eq!(again.status, 201);
    // Another adult claiming the same number as their own: 409.
    let other = with_passport(&first, "TK7654321");
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
    // A representative's number may serve several children.
    let child = vector("child-10-level2-with-parent");
    assert_eq!(server.post_json("/api/applications", &child).status, 201);
    assert_eq!(
        server
            .post_json("/api/applications", &with_passport(&child, "M22222222"))
            .status,
        201
    );
    let stats = server.request("GET", "/api/stats", &[], b"").json();
    assert_eq!(stats["stored"], 3);
    assert_eq!(stats["codes"]["phone-already-used"], 1);
    assert_eq!(stats["checked"], 5);
    assert!(stats["since"].as_str().unwrap().ends_with('Z'));
}

#[test]
fn concurrent_posts_lose_nothing_and_duplicate_nothing() {
    let server = Server::start(&temp_db("concurrent"), "2025-07-01", &[]);
    let base = vector("adult-level2-complete");
    let forms: Vec<Value> = (0..16)
        .map(|i| {
            let mut form = with_passport(&base, &format!("TK{:07}", 1000 + i % 8));
            form["contact"]["phone"] = json!(format!("09123{:05}", i % 8));
            form
        })
        .collect();
    std::thread::scope(|scope| {
        for form in &forms {
            let server = &server;
            scope.spawn(move || {
                let response = server.post_json("/api/applications", form);
                assert_eq!(response.status, 201, "{}", response.body);
            });
        }
    });
    let stats = server.request("GET", "/api/stats", &[], b"").json();
    assert_eq!(stats["stored"], 8, "8 passports, each posted twice at once");
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
    assert_eq!(server.request("GET", "/healthz", &[], b"").body, "ok");
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
