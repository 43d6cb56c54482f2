//! The store's contract, run against both stores: SQLite (a temporary file)
//! and PostgreSQL (a fresh database on the tests' own server). Versions,
//! the one-number rule held by the database under concurrency, retention from
//! the newest version, deletion of every version, officers, sessions, sign-in
//! counts, statistics and the audit.

mod support;

use eid_form_server::config::Database;
use eid_form_server::store::{
    AuditEntry, MadeCurrent, Read, RefusedCell, Role, SessionRules, Store, Submission, Submitted,
    VersionState,
};
use std::sync::Arc;

async fn sqlite(name: &str) -> Store {
    let path = support::temp_dir(&format!("store-{name}")).join("store.db");
    Store::open(&Database::Sqlite(path), 4).await.unwrap()
}

async fn postgres(name: &str) -> Store {
    let url = tokio::task::spawn_blocking({
        let name = name.to_string();
        move || support::postgres_db(&format!("store_{name}"))
    })
    .await
    .unwrap();
    Store::open(&Database::Postgres(url), 8).await.unwrap()
}

fn submission<'a>(passport: &'a str, phone: Option<&'a str>, at: i64) -> Submission<'a> {
    Submission {
        passport,
        own_phone: phone,
        submitted_at: at,
        locale: "en",
        level: 2,
        application: r#"{"applicant":{"fullName":"SATO HANAKO"}}"#,
        report: r#"{"valid":true}"#,
    }
}

fn reference(submitted: &Submitted) -> String {
    match submitted {
        Submitted::Current { reference } | Submitted::Pending { reference } => reference.clone(),
        Submitted::PhoneAlreadyUsed => panic!("refused"),
    }
}

async fn versions_are_kept_and_a_resubmission_is_pending(store: Store) {
    let first = store
        .submit(&submission("JPN:TK1", Some("+84912000001"), 1_000))
        .await
        .unwrap();
    assert!(matches!(first, Submitted::Current { .. }), "{first:?}");
    let again = store
        .submit(&submission("JPN:TK1", Some("+84912000002"), 1_001))
        .await
        .unwrap();
    assert!(matches!(again, Submitted::Pending { .. }), "{again:?}");
    assert_ne!(
        reference(&first),
        reference(&again),
        "each submission its own reference"
    );
    let application = store
        .by_reference(&reference(&again), Read::Primary)
        .await
        .unwrap()
        .unwrap();
    let states: Vec<(String, VersionState)> = application
        .versions
        .iter()
        .map(|v| (v.reference.clone(), v.state))
        .collect();
    assert_eq!(
        states,
        [
            (reference(&first), VersionState::Current),
            (reference(&again), VersionState::Pending)
        ]
    );
    assert_eq!(application.newest_at, 1_001);
    let by_passport = store
        .by_passport("JPN:TK1", Read::Primary)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(by_passport.id, application.id);
    assert!(store
        .by_passport("JPN:TK9", Read::Primary)
        .await
        .unwrap()
        .is_none());
    assert!(store
        .by_reference("nope", Read::Primary)
        .await
        .unwrap()
        .is_none());
    // The pending version claims nothing: its number is free for another person.
    let other = store
        .submit(&submission("KOR:M1", Some("+84912000002"), 1_002))
        .await
        .unwrap();
    assert!(matches!(other, Submitted::Current { .. }));
}

async fn an_own_number_is_exclusive_and_a_representatives_is_not(store: Store) {
    let phone = Some("+84912000003");
    assert!(matches!(
        store
            .submit(&submission("JPN:TK1", phone, 1))
            .await
            .unwrap(),
        Submitted::Current { .. }
    ));
    assert_eq!(
        store.submit(&submission("KOR:M1", phone, 2)).await.unwrap(),
        Submitted::PhoneAlreadyUsed
    );
    // A resubmission for a stored passport naming another person's number is refused too.
    store.submit(&submission("KOR:M2", None, 3)).await.unwrap();
    assert_eq!(
        store.submit(&submission("KOR:M2", phone, 4)).await.unwrap(),
        Submitted::PhoneAlreadyUsed
    );
    // Children whose representative's number it is claim nothing of their own.
    for (i, child) in ["KOR:C1", "KOR:C2"].iter().enumerate() {
        assert!(matches!(
            store
                .submit(&submission(child, None, 5 + i as i64))
                .await
                .unwrap(),
            Submitted::Current { .. }
        ));
    }
    assert_eq!(store.count_versions().await.unwrap(), 4);
}

async fn making_a_version_current_moves_the_claim(store: Store) {
    let v1 = reference(
        &store
            .submit(&submission("JPN:TK1", Some("+84912000011"), 10))
            .await
            .unwrap(),
    );
    let v2 = reference(
        &store
            .submit(&submission("JPN:TK1", Some("+84912000012"), 11))
            .await
            .unwrap(),
    );
    assert_eq!(
        store.make_current(&v2, "desk1", 20).await.unwrap(),
        MadeCurrent::Done
    );
    let application = store
        .by_reference(&v1, Read::Primary)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(application.versions[0].state, VersionState::Earlier);
    assert_eq!(application.versions[1].state, VersionState::Current);
    assert_eq!(
        application.versions[1].made_current_by.as_deref(),
        Some("desk1")
    );
    assert_eq!(application.versions[1].made_current_at, Some(20));
    // The earlier number is free; the new one is claimed.
    assert!(matches!(
        store
            .submit(&submission("KOR:M1", Some("+84912000011"), 21))
            .await
            .unwrap(),
        Submitted::Current { .. }
    ));
    assert_eq!(
        store
            .submit(&submission("KOR:M2", Some("+84912000012"), 22))
            .await
            .unwrap(),
        Submitted::PhoneAlreadyUsed
    );
    assert_eq!(
        store.make_current(&v2, "desk1", 23).await.unwrap(),
        MadeCurrent::NotPending
    );
    assert_eq!(
        store.make_current(&v1, "desk1", 23).await.unwrap(),
        MadeCurrent::NotPending
    );
    assert_eq!(
        store.make_current("nope", "desk1", 23).await.unwrap(),
        MadeCurrent::NotFound
    );
}

async fn a_version_whose_number_was_taken_meanwhile_stays_pending(store: Store) {
    let v1 = reference(
        &store
            .submit(&submission("JPN:TK1", Some("+84912000021"), 1))
            .await
            .unwrap(),
    );
    let v2 = reference(
        &store
            .submit(&submission("JPN:TK1", Some("+84912000022"), 2))
            .await
            .unwrap(),
    );
    // Another person claims the pending version's number first.
    assert!(matches!(
        store
            .submit(&submission("KOR:M1", Some("+84912000022"), 3))
            .await
            .unwrap(),
        Submitted::Current { .. }
    ));
    assert_eq!(
        store.make_current(&v2, "desk1", 4).await.unwrap(),
        MadeCurrent::PhoneAlreadyUsed
    );
    let application = store
        .by_reference(&v1, Read::Primary)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(application.versions[0].state, VersionState::Current);
    assert_eq!(application.versions[1].state, VersionState::Pending);
}

async fn retention_counts_from_the_newest_version_and_purges_every_version(store: Store) {
    store
        .submit(&submission("JPN:TK1", None, 1_000))
        .await
        .unwrap();
    store
        .submit(&submission("JPN:TK1", None, 5_000))
        .await
        .unwrap();
    store
        .submit(&submission("KOR:M1", None, 1_500))
        .await
        .unwrap();
    assert_eq!(store.purge_before(2_000).await.unwrap(), Some(1));
    assert_eq!(
        store.count_versions().await.unwrap(),
        2,
        "both versions of TK1 kept"
    );
    assert_eq!(store.purge_before(6_000).await.unwrap(), Some(1));
    assert_eq!(store.count_versions().await.unwrap(), 0);
    assert!(store
        .by_passport("JPN:TK1", Read::Primary)
        .await
        .unwrap()
        .is_none());
}

async fn delete_removes_every_version(store: Store) {
    let v1 = reference(
        &store
            .submit(&submission("JPN:TK1", Some("+84912000031"), 1))
            .await
            .unwrap(),
    );
    let v2 = reference(&store.submit(&submission("JPN:TK1", None, 2)).await.unwrap());
    store.submit(&submission("KOR:M1", None, 3)).await.unwrap();
    assert!(store.delete(&v2).await.unwrap());
    assert!(store
        .by_reference(&v1, Read::Primary)
        .await
        .unwrap()
        .is_none());
    assert!(store
        .by_reference(&v2, Read::Primary)
        .await
        .unwrap()
        .is_none());
    assert!(!store.delete(&v1).await.unwrap());
    assert_eq!(store.count_versions().await.unwrap(), 1);
    // The number is free again.
    assert!(matches!(
        store
            .submit(&submission("KOR:M2", Some("+84912000031"), 4))
            .await
            .unwrap(),
        Submitted::Current { .. }
    ));
}

async fn concurrent_claims_give_one_owner_and_one_current_version(store: Store) {
    let store = Arc::new(store);
    let mut tasks = Vec::new();
    for i in 0..24 {
        let owner = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            let passport = format!("JPN:TK{i}");
            owner
                .submit(&submission(&passport, Some("+84912000041"), i))
                .await
                .unwrap()
        }));
        let same = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            same.submit(&submission("KOR:SAME", None, 100 + i))
                .await
                .unwrap()
        }));
    }
    let mut owners = 0;
    let mut current_same = 0;
    let mut pending_same = 0;
    for task in tasks {
        match task.await.unwrap() {
            Submitted::Current { reference } => {
                let application = store
                    .by_reference(&reference, Read::Primary)
                    .await
                    .unwrap()
                    .unwrap();
                if application.passport == "KOR:SAME" {
                    current_same += 1;
                } else {
                    owners += 1;
                }
            }
            Submitted::Pending { .. } => pending_same += 1,
            Submitted::PhoneAlreadyUsed => {}
        }
    }
    assert_eq!(owners, 1, "one person owns the number");
    assert_eq!((current_same, pending_same), (1, 23));
}

async fn received_is_marked_by_an_officer(store: Store) {
    let v1 = reference(&store.submit(&submission("JPN:TK1", None, 1)).await.unwrap());
    assert!(store.mark_received(&v1, "desk1", 50).await.unwrap());
    let application = store
        .by_reference(&v1, Read::Primary)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(application.received_at, Some(50));
    assert_eq!(application.received_by.as_deref(), Some("desk1"));
    assert!(!store.mark_received("nope", "desk1", 50).await.unwrap());
}

async fn officers_and_their_sessions(store: Store) {
    assert!(store
        .add_officer("desk1", Role::Desk, "hash-1", 1)
        .await
        .unwrap());
    assert!(!store
        .add_officer("desk1", Role::Admin, "hash-2", 1)
        .await
        .unwrap());
    assert!(store
        .add_officer("boss", Role::Admin, "hash-3", 1)
        .await
        .unwrap());
    assert_eq!(
        store.officer_secret("desk1").await.unwrap(),
        Some((Role::Desk, "hash-1".to_string()))
    );
    assert_eq!(store.officer_secret("nobody").await.unwrap(), None);
    assert_eq!(store.officers().await.unwrap().len(), 2);
    let rules = |now| SessionRules {
        now,
        idle: 1_800,
        max: 36_000,
    };
    store.create_session("h1", "desk1", 1_000).await.unwrap();
    let officer = store.session("h1", rules(1_100)).await.unwrap().unwrap();
    assert_eq!((officer.name.as_str(), officer.role), ("desk1", Role::Desk));
    // Touched at 1,100: alive at 2,800, ended by idleness at 4,700.
    assert!(store.session("h1", rules(2_800)).await.unwrap().is_some());
    assert!(store.session("h1", rules(4_700)).await.unwrap().is_none());
    assert!(
        store.session("h1", rules(2_900)).await.unwrap().is_none(),
        "ended stays ended"
    );
    // Ended by age whatever the use.
    store.create_session("h2", "desk1", 10_000).await.unwrap();
    let mut now = 10_000;
    while now < 46_000 {
        now += 1_700;
        let alive = store.session("h2", rules(now)).await.unwrap().is_some();
        assert_eq!(alive, now - 10_000 <= 36_000, "at {now}");
    }
    // A role change ends the officer's sessions and takes effect.
    store.create_session("h3", "desk1", 50_000).await.unwrap();
    assert!(store
        .update_officer("desk1", Some(Role::Stats), None)
        .await
        .unwrap());
    assert!(store.session("h3", rules(50_001)).await.unwrap().is_none());
    assert_eq!(
        store.officer_secret("desk1").await.unwrap().unwrap().0,
        Role::Stats
    );
    assert!(!store
        .update_officer("nobody", Some(Role::Stats), None)
        .await
        .unwrap());
    store.create_session("h4", "desk1", 50_000).await.unwrap();
    assert!(store.remove_officer("desk1").await.unwrap());
    assert!(store.session("h4", rules(50_001)).await.unwrap().is_none());
    assert!(!store.remove_officer("desk1").await.unwrap());
    store.create_session("h5", "boss", 50_000).await.unwrap();
    store.end_session("h5").await.unwrap();
    assert!(store.session("h5", rules(50_001)).await.unwrap().is_none());
}

async fn sign_in_attempts_are_counted_per_window(store: Store) {
    for expected in 1..=4 {
        assert_eq!(
            store.count_attempt("account:a", 100, 900).await.unwrap(),
            (expected, 100)
        );
    }
    assert_eq!(
        store
            .count_attempt("client:1.2.3.4", 150, 900)
            .await
            .unwrap(),
        (1, 150)
    );
    // A new window starts the count again.
    assert_eq!(
        store.count_attempt("account:a", 1_000, 900).await.unwrap(),
        (1, 1_000)
    );
    assert_eq!(
        store.count_attempt("account:a", 1_001, 900).await.unwrap(),
        (2, 1_000)
    );
    store.forgive_attempt("account:a").await.unwrap();
    assert_eq!(
        store.count_attempt("account:a", 1_002, 900).await.unwrap(),
        (2, 1_000)
    );
    store.clear_attempts("account:a").await.unwrap();
    assert_eq!(
        store.count_attempt("account:a", 1_003, 900).await.unwrap(),
        (1, 1_003)
    );
}

async fn statistics_count_from_the_store(store: Store) {
    // 2025-07-01 00:30 in Vietnam is 2025-06-30 17:30 UTC.
    let evening_utc = 1_751_304_600;
    for i in 0..7 {
        let passport = format!("JPN:TK{i}");
        store
            .submit(&submission(&passport, None, evening_utc + i))
            .await
            .unwrap();
    }
    let cells = store.stored_cells(Read::Primary).await.unwrap();
    assert_eq!(cells.len(), 1);
    assert_eq!(cells[0].count, 7);
    assert_eq!(
        eid_form::Date::from_days_since_epoch(cells[0].day).to_string(),
        "2025-07-01"
    );
    let cell = |code: &str, count| RefusedCell {
        day: 20_270,
        locale: "vi".into(),
        code: code.into(),
        count,
    };
    store
        .add_refusals(&[cell("required", 2), cell("name-invalid", 1)])
        .await
        .unwrap();
    store.add_refusals(&[cell("required", 5)]).await.unwrap();
    let refused = store.refused_cells(Read::Replica).await.unwrap();
    assert_eq!(refused, [cell("name-invalid", 1), cell("required", 7)]);
}

async fn the_audit_keeps_every_line(store: Store) {
    for action in ["read", "make-current", "delete"] {
        store
            .audit(&AuditEntry {
                at: 7,
                officer: "desk1",
                action,
                record: "app1",
                client: "127.0.0.1",
            })
            .await
            .unwrap();
    }
    let lines = store.audit_of("app1").await.unwrap();
    let actions: Vec<&str> = lines.iter().map(|l| l.2.as_str()).collect();
    assert_eq!(actions, ["read", "make-current", "delete"]);
    assert_eq!(lines[0].1, "desk1");
    store.ready("server-a", 9).await.unwrap();
    store.ready("server-a", 10).await.unwrap();
}

macro_rules! contract {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::sqlite(stringify!($name)).await).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::postgres(stringify!($name)).await).await;
                }
            )*
        }
    };
}

contract!(
    versions_are_kept_and_a_resubmission_is_pending,
    an_own_number_is_exclusive_and_a_representatives_is_not,
    making_a_version_current_moves_the_claim,
    a_version_whose_number_was_taken_meanwhile_stays_pending,
    retention_counts_from_the_newest_version_and_purges_every_version,
    delete_removes_every_version,
    concurrent_claims_give_one_owner_and_one_current_version,
    received_is_marked_by_an_officer,
    officers_and_their_sessions,
    sign_in_attempts_are_counted_per_window,
    statistics_count_from_the_store,
    the_audit_keeps_every_line,
);

/// On PostgreSQL the purge runs in one instance at a time: while another
/// connection holds the advisory lock, a purge does nothing and says so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_purge_is_one_instance_at_a_time() {
    use sqlx::Connection;
    let url = tokio::task::spawn_blocking(|| support::postgres_db("store_purge_lock"))
        .await
        .unwrap();
    let store = Store::open(&Database::Postgres(url.clone()), 4)
        .await
        .unwrap();
    store.submit(&submission("JPN:TK1", None, 1)).await.unwrap();
    let mut other = sqlx::PgConnection::connect(&url).await.unwrap();
    let mut tx = other.begin().await.unwrap();
    let locked: bool = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
        .bind(0x6569_6466_6f72_6d01_i64)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    assert!(locked);
    assert_eq!(store.purge_before(10).await.unwrap(), None);
    assert_eq!(store.count_versions().await.unwrap(), 1);
    tx.rollback().await.unwrap();
    assert_eq!(store.purge_before(10).await.unwrap(), Some(1));
}

/// With a read replica configured, officers' reads and statistics go through
/// its pool (here the same database stands in for a streaming replica), and
/// reads that must see the latest write go to the primary.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_reads_that_may_lag_go_to_the_replica() {
    let url = tokio::task::spawn_blocking(|| support::postgres_db("store_replica"))
        .await
        .unwrap();
    let store = Store::open_with_replica(&Database::Postgres(url.clone()), Some(&url), 4)
        .await
        .unwrap();
    let submitted = store.submit(&submission("JPN:TK1", None, 1)).await.unwrap();
    for read in [Read::Replica, Read::Primary] {
        let application = store
            .by_reference(&reference(&submitted), read)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(application.passport, "JPN:TK1");
        assert!(store.by_passport("JPN:TK1", read).await.unwrap().is_some());
        assert_eq!(store.stored_cells(read).await.unwrap()[0].count, 1);
    }
    let (open, _) = store.pool_use();
    assert!(open >= 2, "both pools connected: {open}");
    let sqlite = support::temp_dir("replica-sqlite").join("store.db");
    assert!(
        Store::open_with_replica(&Database::Sqlite(sqlite), Some(&url), 4)
            .await
            .is_err()
    );
}

/// A database across a network is spoken to over TLS: `sslmode=require` in
/// the URL works (the tests' PostgreSQL has TLS on), and the session is
/// encrypted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_over_tls_with_sslmode_require() {
    use sqlx::Connection;
    let url = tokio::task::spawn_blocking(|| support::postgres_db("store_tls"))
        .await
        .unwrap();
    let url = format!("{url}?sslmode=require");
    let store = Store::open(&Database::Postgres(url.clone()), 2)
        .await
        .unwrap();
    let submitted = store.submit(&submission("JPN:TK1", None, 1)).await.unwrap();
    assert!(store
        .by_reference(&reference(&submitted), Read::Primary)
        .await
        .unwrap()
        .is_some());
    let mut connection = sqlx::PgConnection::connect(&url).await.unwrap();
    let encrypted: bool =
        sqlx::query_scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_one(&mut connection)
            .await
            .unwrap();
    assert!(encrypted);
}

/// A database written by the server before versions is upgraded in place:
/// each record becomes a current version whose reference is the id the
/// applicant was given, still claiming its number.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_store_of_the_server_before_versions_is_upgraded() {
    use sqlx::Connection;
    let path = support::temp_dir("store-legacy").join("store.db");
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true);
    let mut old = sqlx::SqliteConnection::connect_with(&options)
        .await
        .unwrap();
    for statement in [
        "CREATE TABLE applications (id TEXT PRIMARY KEY, passport TEXT NOT NULL UNIQUE,
             own_phone TEXT, created_at INTEGER NOT NULL, application TEXT NOT NULL,
             report TEXT NOT NULL)",
        "CREATE INDEX applications_own_phone ON applications (own_phone)",
        "CREATE INDEX applications_created_at ON applications (created_at)",
        r#"INSERT INTO applications VALUES ('0123456789abcdef01234567', 'JPN:TK1',
             '+84912000051', 1000, '{"level":2}', '{"valid":true,"locale":"ja"}')"#,
    ] {
        sqlx::query(statement).execute(&mut old).await.unwrap();
    }
    old.close().await.unwrap();
    let store = Store::open(&Database::Sqlite(path.clone()), 2)
        .await
        .unwrap();
    let application = store
        .by_reference("0123456789abcdef01234567", Read::Primary)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(application.passport, "JPN:TK1");
    let version = &application.versions[0];
    assert_eq!(
        (version.state, version.locale.as_str(), version.level),
        (VersionState::Current, "ja", 2)
    );
    assert_eq!(
        store
            .submit(&submission("KOR:M1", Some("+84912000051"), 2_000))
            .await
            .unwrap(),
        Submitted::PhoneAlreadyUsed
    );
    assert!(matches!(
        store
            .submit(&submission("JPN:TK1", None, 2_001))
            .await
            .unwrap(),
        Submitted::Pending { .. }
    ));
    store.close().await;
    // Opening again changes nothing.
    let store = Store::open(&Database::Sqlite(path), 2).await.unwrap();
    assert_eq!(store.count_versions().await.unwrap(), 2);
}
