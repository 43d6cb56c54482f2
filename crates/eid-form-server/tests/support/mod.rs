//! What the server's tests share: the real binary on a loopback port spoken to
//! over plain HTTP/1.1, officers made with its own `officer add`, temporary
//! SQLite files, and databases on the private PostgreSQL that
//! `tests/postgres.sh` starts (or `EID_FORM_TEST_PG` names).
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use serde_json::Value;

pub const BINARY: &str = env!("CARGO_BIN_EXE_eid-form-server");

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A fresh folder for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "eid-form-server-test-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn temp_db(name: &str) -> String {
    temp_dir(name).join("store.db").display().to_string()
}

/// The URL of the tests' PostgreSQL server, started on first use.
pub fn postgres_server() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| {
        if let Ok(url) = std::env::var("EID_FORM_TEST_PG") {
            if !url.trim().is_empty() {
                return url.trim().to_string();
            }
        }
        let output = Command::new("bash")
            .arg(root().join("tests/postgres.sh"))
            .arg("start")
            .stderr(Stdio::inherit())
            .output()
            .expect("run tests/postgres.sh");
        assert!(
            output.status.success(),
            "tests/postgres.sh start failed: PostgreSQL is needed for these tests"
        );
        String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .last()
            .unwrap()
            .trim()
            .to_string()
    })
}

/// A new, empty database on the tests' PostgreSQL; its URL.
pub fn postgres_db(name: &str) -> String {
    let server = postgres_server();
    let database = format!("eidtest_{}_{}", std::process::id(), name.replace('-', "_"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        use sqlx::Connection;
        let mut admin = sqlx::PgConnection::connect(server).await.unwrap();
        sqlx::query(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
            .execute(&mut admin)
            .await
            .unwrap();
        sqlx::query(&format!("CREATE DATABASE {database}"))
            .execute(&mut admin)
            .await
            .unwrap();
        admin.close().await.unwrap();
    });
    let base = server.rsplit_once('/').unwrap().0;
    format!("{base}/{database}")
}

pub struct Server {
    pub child: Child,
    pub addr: String,
    pub log: PathBuf,
    /// The metrics address, when the server was told to serve them.
    pub metrics: Option<String>,
}

impl Server {
    /// Starts the binary on `db` (a path or a postgres URL).
    pub fn start(db: &str, today: &str, extra: &[(&str, &str)]) -> Server {
        Server::start_with(Command::new(BINARY), db, today, extra)
    }

    pub fn start_with(
        mut command: Command,
        db: &str,
        today: &str,
        extra: &[(&str, &str)],
    ) -> Server {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let log = std::env::temp_dir().join(format!(
            "eid-form-server-log-{}-{n}.jsonl",
            std::process::id()
        ));
        command
            .args(["--addr", "127.0.0.1:0"])
            .env("EID_FORM_DB", db)
            .env("EID_FORM_TODAY", today)
            .env("EID_FORM_METRICS_ADDR", "off")
            .env("EID_FORM_WWW", root().join("www"))
            .env_remove("EID_FORM_ADMIN_TOKEN")
            .env_remove("EID_FORM_ALLOWED_ORIGINS")
            .env_remove("EID_FORM_TRUSTED_PROXIES")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap());
        for (name, value) in extra {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("start eid-form-server");
        let mut line = String::new();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        stdout.read_line(&mut line).unwrap();
        assert!(
            line.contains("http://"),
            "the server did not start: {line:?}\n{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        let addr = line.trim().rsplit("http://").next().unwrap().to_string();
        let metrics = extra
            .iter()
            .any(|(name, value)| *name == "EID_FORM_METRICS_ADDR" && *value != "off")
            .then(|| {
                let mut line = String::new();
                stdout.read_line(&mut line).unwrap();
                let url = line.trim().rsplit("http://").next().unwrap();
                url.trim_end_matches("/metrics").to_string()
            });
        Server {
            child,
            addr,
            log,
            metrics,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Response {
        request(&self.addr, method, path, headers, body)
    }

    pub fn post_json(&self, path: &str, body: &Value) -> Response {
        self.request(
            "POST",
            path,
            &[("Content-Type", "application/json")],
            body.to_string().as_bytes(),
        )
    }

    /// Signs in and returns the `Cookie` header value.
    pub fn sign_in(&self, name: &str, password: &str) -> String {
        let response = self.post_json(
            "/api/session",
            &serde_json::json!({ "name": name, "password": password }),
        );
        assert_eq!(response.status, 200, "sign-in: {}", response.body);
        cookie_of(&response)
    }

    /// A request with an officer's cookie.
    pub fn officer(
        &self,
        cookie: &str,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Response {
        let text = body.map(Value::to_string).unwrap_or_default();
        self.request(
            method,
            path,
            &[("Content-Type", "application/json"), ("Cookie", cookie)],
            text.as_bytes(),
        )
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGTERM, then waits (at most `within`) for the exit status.
    pub fn terminate(&mut self, within: Duration) -> Option<std::process::ExitStatus> {
        signal(self.pid(), "TERM");
        wait_for(&mut self.child, within)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn signal(pid: u32, name: &str) {
    let _ = Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status();
}

pub fn wait_for(child: &mut Child, within: Duration) -> Option<std::process::ExitStatus> {
    let deadline = std::time::Instant::now() + within;
    while std::time::Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

pub fn cookie_of(response: &Response) -> String {
    let set = &response.headers["set-cookie"];
    set.split(';').next().unwrap().trim().to_string()
}

/// Adds an officer with the binary's own command; returns the password it made.
pub fn add_officer(db: &str, name: &str, role: &str) -> String {
    let output = Command::new(BINARY)
        .args(["officer", "add", name, "--role", role])
        .env("EID_FORM_DB", db)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "officer add: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("password: "))
        .expect("a password is printed")
        .to_string()
}

pub struct Response {
    pub status: u16,
    pub headers: HashMap<String, String>,
    pub body: String,
}

impl Response {
    pub fn parse(raw: &[u8]) -> Response {
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

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest.get(size + 2..).unwrap_or("");
    }
    out
}

/// One request on its own connection, read to the end (10 s at most).
pub fn request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Response {
    let Ok(mut stream) = TcpStream::connect(addr) else {
        return Response {
            status: 0,
            headers: HashMap::new(),
            body: String::new(),
        };
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    Response::parse(&raw)
}

pub fn vectors() -> Vec<Value> {
    let mut cases = Vec::new();
    for file in ["public.json", "project.json"] {
        let text = std::fs::read_to_string(root().join("tests/vectors").join(file)).unwrap();
        cases.extend(serde_json::from_str::<Vec<Value>>(&text).unwrap());
    }
    cases
}

pub fn vector(id: &str) -> Value {
    vectors().into_iter().find(|c| c["id"] == id).unwrap()["form"].clone()
}

/// The adult vector with its own passport number and own phone number.
pub fn adult(passport: &str, phone: &str) -> Value {
    let mut form = vector("adult-level2-complete");
    form["applicant"]["passport"]["number"] = Value::from(passport);
    form["contact"]["phone"] = Value::from(phone);
    form
}
