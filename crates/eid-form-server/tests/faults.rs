//! A server that strangers cannot stall: idle sockets past the file limit,
//! a header sent a byte a second, a 10 GB declared body, SIGTERM during a slow
//! upload, and a DELETE that leaves no byte of the record in the SQLite files.
//! Every loop is bounded in count and time; traffic goes to 127.0.0.1 only.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::json;
use support::{add_officer, adult, temp_db, vector, Response, Server, BINARY};

fn connect(addr: &str) -> TcpStream {
    let stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    stream
}

/// Reads until the peer closes or the timeout; returns what came and when it ended.
fn read_until_closed(stream: &mut TcpStream) -> (Vec<u8>, Instant) {
    let mut raw = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return (raw, Instant::now()),
            Ok(n) => raw.extend_from_slice(&buf[..n]),
        }
    }
}

#[test]
fn idle_sockets_past_the_file_limit_do_not_stall_others() {
    let mut command = Command::new("sh");
    command.args(["-c", "ulimit -n 1024 && exec \"$0\" \"$@\"", BINARY]);
    let server = Server::start_with(command, &temp_db("idle-sockets"), "2025-07-01", &[]);
    // One client opens 1,100 sockets and sends nothing.
    let mut idle = Vec::new();
    let started = Instant::now();
    while idle.len() < 1_100 && started.elapsed() < Duration::from_secs(30) {
        let addr = server.addr.parse().unwrap();
        if let Ok(stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) {
            idle.push(stream);
        }
    }
    assert_eq!(idle.len(), 1_100, "the kernel queued every connection");
    // Another client still gets answers within a second, several times over.
    let mut slowest = Duration::ZERO;
    for round in 0..5 {
        let asked = Instant::now();
        let health = server.request("GET", "/healthz", &[], b"");
        let took = asked.elapsed();
        assert_eq!(
            (health.status, health.body.as_str()),
            (200, "ok"),
            "round {round}"
        );
        assert!(
            took < Duration::from_secs(1),
            "round {round}: /healthz took {took:?}"
        );
        slowest = slowest.max(took);
        let asked = Instant::now();
        let check = server.post_json("/api/check", &vector("adult-level2-complete"));
        assert_eq!(check.status, 200);
        assert!(asked.elapsed() < Duration::from_secs(1));
    }
    eprintln!("1,100 idle sockets held: slowest /healthz from another client {slowest:?}");
    drop(idle);
}

#[test]
fn a_header_sent_a_byte_a_second_is_cut_off() {
    let server = Server::start(
        &temp_db("slow-header"),
        "2025-07-01",
        &[("EID_FORM_HEADER_TIMEOUT", "2")],
    );
    let mut stream = connect(&server.addr);
    let head = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaa\r\n\r\n";
    let started = Instant::now();
    let mut sent = 0;
    for byte in head.iter().take(12) {
        if stream.write_all(&[*byte]).is_err() {
            break;
        }
        sent += 1;
        std::thread::sleep(Duration::from_secs(1));
        if started.elapsed() > Duration::from_secs(12) {
            break;
        }
    }
    let (answer, closed) = read_until_closed(&mut stream);
    let held = closed - started;
    let answer = String::from_utf8_lossy(&answer);
    assert!(!answer.contains("200 OK"), "never served: {answer}");
    assert!(sent < head.len(), "the head never completed");
    assert!(
        held < Duration::from_secs(6),
        "cut off after {held:?} ({sent} bytes sent)"
    );
    // Everyone else is served meanwhile.
    assert_eq!(server.request("GET", "/healthz", &[], b"").status, 200);
}

#[test]
fn a_10_gb_content_length_is_answered_413_at_once() {
    let server = Server::start(&temp_db("huge-length"), "2025-07-01", &[]);
    for path in ["/api/applications", "/api/check", "/api/session"] {
        let mut stream = connect(&server.addr);
        let started = Instant::now();
        write!(
            stream,
            "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10737418240\r\n\r\n"
        )
        .unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(2)))
            .unwrap();
        let mut raw = vec![0u8; 4096];
        let n = stream.read(&mut raw).unwrap_or(0);
        let took = started.elapsed();
        let response = Response::parse(&raw[..n]);
        assert_eq!(response.status, 413, "{path}");
        assert!(took < Duration::from_secs(1), "{path}: {took:?}");
    }
}

#[test]
fn sigterm_during_a_slow_upload_drains_and_exits() {
    let mut server = Server::start(
        &temp_db("drain"),
        "2025-07-01",
        &[("EID_FORM_SHUTDOWN_TIMEOUT", "10")],
    );
    let body = vector("adult-level2-complete").to_string();
    let mut stream = connect(&server.addr);
    write!(
        stream,
        "POST /api/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .unwrap();
    let chunks: Vec<&[u8]> = body.as_bytes().chunks(body.len() / 8 + 1).collect();
    stream.write_all(chunks[0]).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    support::signal(server.pid(), "TERM");
    std::thread::sleep(Duration::from_millis(500));
    // The listener is closed: no new connection is taken.
    assert!(
        TcpStream::connect(&server.addr).is_err(),
        "new connections refused after SIGTERM"
    );
    for chunk in &chunks[1..] {
        stream.write_all(chunk).unwrap();
        std::thread::sleep(Duration::from_millis(250));
    }
    let (raw, _) = read_until_closed(&mut stream);
    let response = Response::parse(&raw);
    assert_eq!(
        response.status, 201,
        "the in-flight upload finished: {}",
        response.body
    );
    let status = support::wait_for(&mut server.child, Duration::from_secs(10)).expect("exited");
    assert!(status.success(), "{status:?}");
    let log = server.log_text();
    assert!(
        log.contains("SIGTERM") && log.contains("\"drained\":true"),
        "{log}"
    );
}

#[test]
fn sigint_also_stops_and_an_idle_keep_alive_does_not_hold_the_exit() {
    let mut server = Server::start(
        &temp_db("sigint"),
        "2025-07-01",
        &[("EID_FORM_SHUTDOWN_TIMEOUT", "10")],
    );
    let mut stream = connect(&server.addr);
    write!(stream, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut buf = [0u8; 512];
    assert!(stream.read(&mut buf).unwrap() > 0);
    let started = Instant::now();
    support::signal(server.pid(), "INT");
    let status = support::wait_for(&mut server.child, Duration::from_secs(5)).expect("exited");
    assert!(status.success());
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[test]
fn a_body_slower_than_the_body_timeout_is_answered_408() {
    let server = Server::start(
        &temp_db("slow-body"),
        "2025-07-01",
        &[("EID_FORM_BODY_TIMEOUT", "2")],
    );
    let mut stream = connect(&server.addr);
    let started = Instant::now();
    write!(
        stream,
        "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{"
    )
    .unwrap();
    let (raw, closed) = read_until_closed(&mut stream);
    assert_eq!(Response::parse(&raw).status, 408);
    assert!(closed - started < Duration::from_secs(4));
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn files_of(db: &str) -> Vec<(String, Vec<u8>)> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .filter_map(|suffix| {
            let path = format!("{db}{suffix}");
            std::fs::read(&path).ok().map(|bytes| (path, bytes))
        })
        .collect()
}

#[test]
fn a_delete_leaves_no_trace_of_the_record_in_the_sqlite_files() {
    let db = temp_db("no-trace");
    let admin = add_officer(&db, "boss", "admin");
    let server = Server::start(&db, "2025-07-01", &[]);
    let mut form = adult("QZ9876543", "0912777777");
    form["applicant"]["fullName"] = json!("QUOKKA ZEBRAWOOD");
    form["contact"]["email"] = json!("quokka.zebrawood@example.jp");
    let first = server.post_json("/api/applications", &form).json();
    form["contact"]["email"] = json!("quokka.zebrawood@example.org");
    let second = server.post_json("/api/applications", &form).json();
    assert_eq!(second["pending"], true);
    // Others stay.
    assert_eq!(
        server
            .post_json("/api/applications", &vector("adult-level2-complete"))
            .status,
        201
    );
    let name = b"QUOKKA ZEBRAWOOD";
    assert!(
        files_of(&db).iter().any(|(_, bytes)| contains(bytes, name)),
        "the name is on disk before the delete (else this test proves nothing)"
    );
    let admin = server.sign_in("boss", &admin);
    let reference = first["id"].as_str().unwrap();
    let deleted = server.officer(
        &admin,
        "DELETE",
        &format!("/api/applications/{reference}"),
        None,
    );
    assert_eq!(deleted.status, 204);
    for (path, bytes) in files_of(&db) {
        for needle in [
            &name[..],
            b"QZ9876543",
            b"quokka.zebrawood",
            b"+84912777777",
        ] {
            assert!(
                !contains(&bytes, needle),
                "{} found in {path}",
                String::from_utf8_lossy(needle)
            );
        }
    }
    // The other application is intact.
    let kept = server.post_json("/api/applications", &adult("TK7654321", "0912345678"));
    assert_eq!(
        kept.status, 409,
        "the other application still claims its number"
    );
}

#[test]
fn a_full_log_pipe_never_stalls_requests() {
    // Standard error is a pipe nobody reads: it fills after a few hundred lines.
    let mut child = Command::new(BINARY)
        .args(["--addr", "127.0.0.1:0"])
        .env("EID_FORM_DB", temp_db("full-pipe"))
        .env("EID_FORM_METRICS_ADDR", "off")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let addr = line.trim().rsplit("http://").next().unwrap().to_string();
    let _unread = child.stderr.take();
    // 6,000 logged requests: more than the pipe and the log's buffer hold.
    let started = Instant::now();
    let answered: usize = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let addr = &addr;
                scope.spawn(move || {
                    (0..1_500)
                        .filter(|_| {
                            support::request(addr, "GET", "/healthz", &[], b"").status == 200
                        })
                        .count()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    assert_eq!(
        answered,
        6_000,
        "every request answered in {:?}",
        started.elapsed()
    );
    let _ = child.kill();
    let _ = child.wait();
}
