//! A fleet: two server processes on one PostgreSQL (the tests' own, started by
//! tests/postgres.sh). 64 concurrent clients post colliding and distinct
//! applications through both: no number is ever claimed twice, every 201 is
//! readable through either server, a sign-in on one is valid on the other.
//! Then five rounds of `kill -9` mid-stream: every 201 is still there.

mod support;

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use support::{add_officer, adult, postgres_db, Server};

const TODAY: &str = "2025-07-01";

/// Rows of `SELECT` on the fleet's database, as text.
fn query(url: &str, sql: &str) -> Vec<Vec<String>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        use sqlx::{Connection, Row};
        let mut connection = sqlx::PgConnection::connect(url).await.unwrap();
        let rows = sqlx::query(sql).fetch_all(&mut connection).await.unwrap();
        rows.iter()
            .map(|row| {
                (0..row.len())
                    .map(|i| {
                        row.try_get::<String, _>(i)
                            .or_else(|_| row.try_get::<i64, _>(i).map(|n| n.to_string()))
                            .unwrap_or_default()
                    })
                    .collect()
            })
            .collect()
    })
}

#[test]
fn two_servers_64_clients_no_number_claimed_twice_and_every_201_readable() {
    let url = postgres_db("fleet");
    let password = add_officer(&url, "desk1", "desk");
    let servers = [
        Server::start(&url, TODAY, &[]),
        Server::start(&url, TODAY, &[]),
    ];
    // 64 clients x 8 posts: 120 passports (so resubmissions), 90 numbers (so collisions).
    let results: Vec<(u16, String, bool, usize)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..64)
            .map(|client| {
                let servers = &servers;
                scope.spawn(move || {
                    let mut results = Vec::new();
                    for k in 0..8 {
                        let n = (client * 8 + k) * 7919 % 512;
                        let form =
                            adult(&format!("TK{:07}", n % 120), &format!("09130{:05}", n % 90));
                        let via = (client + k) % 2;
                        let response = servers[via].post_json("/api/applications", &form);
                        let (id, pending) = if response.status == 201 {
                            let body = response.json();
                            (
                                body["id"].as_str().unwrap().to_string(),
                                body["pending"].as_bool().unwrap(),
                            )
                        } else {
                            (String::new(), false)
                        };
                        results.push((response.status, id, pending, via));
                    }
                    results
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert_eq!(results.len(), 512);
    let created = results.iter().filter(|r| r.0 == 201).count();
    let conflicts = results.iter().filter(|r| r.0 == 409).count();
    assert_eq!(
        created + conflicts,
        512,
        "only 201 and 409: {:?}",
        results.iter().map(|r| r.0).collect::<HashSet<_>>()
    );
    eprintln!(
        "two servers, 64 clients: {created} created ({} pending), {conflicts} refused 409",
        results.iter().filter(|r| r.0 == 201 && r.2).count()
    );
    assert!(
        conflicts > 0 && created > 120,
        "{created} created, {conflicts} conflicts"
    );
    // The database: no number claimed twice, one current version per person.
    assert!(query(&url, "SELECT claimed_phone FROM versions WHERE claimed_phone IS NOT NULL GROUP BY claimed_phone HAVING count(*) > 1").is_empty());
    assert!(query(&url, "SELECT application_id FROM versions WHERE state = 'current' GROUP BY application_id HAVING count(*) > 1").is_empty());
    assert!(query(&url, "SELECT id FROM applications a WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.application_id = a.id AND v.state = 'current')").is_empty());
    let current = query(
        &url,
        "SELECT count(*) FROM versions WHERE state = 'current'",
    );
    let passports = query(&url, "SELECT count(*) FROM applications");
    assert_eq!(current, passports);
    // A sign-in on one server is valid on the other; every 201 reads through either.
    let cookie = servers[0].sign_in("desk1", &password);
    // The statistics are the fleet's: both servers count every stored submission.
    for server in &servers {
        let stats = server.officer(&cookie, "GET", "/api/stats", None).json();
        assert_eq!(stats["stored"]["total"], created, "{stats}");
    }
    for (i, (_, id, pending, via)) in results.iter().filter(|r| r.0 == 201).enumerate() {
        let reader = &servers[(via + i) % 2];
        let record = reader.officer(&cookie, "GET", &format!("/api/applications/{id}"), None);
        assert_eq!(record.status, 200, "{id}");
        let record = record.json();
        let version = record["versions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["reference"] == id.as_str())
            .unwrap()
            .clone();
        assert_eq!(version["state"] == "pending", *pending, "{id}");
    }
}

#[test]
fn five_kill_9_rounds_lose_no_acknowledged_application() {
    let url = postgres_db("kill9");
    let password = add_officer(&url, "desk1", "desk");
    let steady = Server::start(&url, TODAY, &[]);
    let mut victim = Server::start(&url, TODAY, &[]);
    let acknowledged = Mutex::new(Vec::<String>::new());
    let errors = Mutex::new(0usize);
    let mut next = 0usize;
    for round in 0..5 {
        let stop = AtomicBool::new(false);
        let victim_addr = victim.addr.clone();
        std::thread::scope(|scope| {
            for client in 0..8 {
                let (stop, acknowledged, errors, steady, victim_addr) =
                    (&stop, &acknowledged, &errors, &steady, &victim_addr);
                let base = next + client * 10_000;
                scope.spawn(move || {
                    let started = Instant::now();
                    let mut k = 0;
                    while !stop.load(Ordering::SeqCst)
                        && started.elapsed() < Duration::from_secs(20)
                        && k < 2_000
                    {
                        let n = base + k;
                        let form =
                            adult(&format!("KL{:07}", n), &format!("0914{:06}", n % 1_000_000));
                        let addr = if k % 2 == 0 {
                            victim_addr.as_str()
                        } else {
                            steady.addr.as_str()
                        };
                        let response = support::request(
                            addr,
                            "POST",
                            "/api/applications",
                            &[("Content-Type", "application/json")],
                            form.to_string().as_bytes(),
                        );
                        match response.status {
                            201 => acknowledged
                                .lock()
                                .unwrap()
                                .push(response.json()["id"].as_str().unwrap().to_string()),
                            // The killed server's connections fail without an answer.
                            0 => *errors.lock().unwrap() += 1,
                            other => panic!("round {round}: status {other}: {}", response.body),
                        }
                        k += 1;
                    }
                });
            }
            std::thread::sleep(Duration::from_millis(700));
            support::signal(victim.pid(), "KILL");
            let _ = victim.child.wait();
            std::thread::sleep(Duration::from_millis(300));
            stop.store(true, Ordering::SeqCst);
        });
        next += 8 * 10_000;
        victim = Server::start(&url, TODAY, &[]);
    }
    let acknowledged = acknowledged.into_inner().unwrap();
    assert!(
        acknowledged.len() > 100,
        "{} acknowledged",
        acknowledged.len()
    );
    let cookie = victim.sign_in("desk1", &password);
    let mut lost = Vec::new();
    for id in &acknowledged {
        let status = victim
            .officer(&cookie, "GET", &format!("/api/applications/{id}"), None)
            .status;
        if status != 200 {
            lost.push((id.clone(), status));
        }
    }
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged lost: {lost:?}",
        lost.len(),
        acknowledged.len()
    );
    eprintln!(
        "kill -9 x5: {} acknowledged, 0 lost, {} requests cut",
        acknowledged.len(),
        errors.into_inner().unwrap()
    );
}
