//! The store: one contract, two databases. SQLite is the embedded default (one
//! file, nothing else to run); PostgreSQL serves a fleet of servers. Both run
//! the same SQL (`queries.rs`) through sqlx's async pools, with versioned
//! migrations applied at start-up; only how a write begins, how a purge is kept
//! to one instance and how deleted bytes leave the disk differ (`sqlite.rs`,
//! `postgres.rs`).
//!
//! The rules are the database's: `phone-already-used` is a unique index over
//! the numbers that current versions claim, so it holds across any number of
//! processes; a resubmission for a stored passport is a pending version that
//! claims nothing until an officer makes it current.

mod postgres;
mod queries;
mod sqlite;

use crate::config::Database;
use std::fmt;

pub use postgres::PgStore;
pub use sqlite::SqliteStore;

/// Why the store could not answer. Its text names no applicant: database
/// errors are described by their code and constraint, never their detail.
#[derive(Debug)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> StoreError {
        StoreError(describe(&error))
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(error: sqlx::migrate::MigrateError) -> StoreError {
        StoreError(format!("migration failed: {error}"))
    }
}

/// A database error without its detail (PostgreSQL's detail quotes key values).
pub fn describe(error: &sqlx::Error) -> String {
    match error {
        sqlx::Error::Database(e) => format!(
            "database error {} ({})",
            e.code().as_deref().unwrap_or("?"),
            e.constraint().unwrap_or("no constraint")
        ),
        other => other.to_string(),
    }
}

/// Whether `error` is a unique violation on the versions' `column` (PostgreSQL
/// names the index, SQLite the table and column).
fn violates(error: &sqlx::Error, column: &str) -> bool {
    match error {
        sqlx::Error::Database(e) if e.is_unique_violation() => {
            e.constraint() == Some(&format!("versions_{column}"))
                || e.message().contains(&format!("versions.{column}"))
        }
        _ => false,
    }
}

/// Where a read may be served from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Read {
    /// The primary: sees every write, including the one just made.
    Primary,
    /// A read replica when one is configured (PostgreSQL), else the primary: may
    /// lag the primary by the replication delay.
    Replica,
}

/// A valid application on its way into the store.
pub struct Submission<'a> {
    /// Issuing state and passport number (`JPN:TK1234567`): who the person is.
    pub passport: &'a str,
    /// The E.164 number, when the applicant names it as their own.
    pub own_phone: Option<&'a str>,
    pub submitted_at: i64,
    pub locale: &'a str,
    pub level: i64,
    pub application: &'a str,
    pub report: &'a str,
}

/// What the store did with a valid application.
#[derive(Debug, PartialEq)]
pub enum Submitted {
    /// The first version for this passport: current, claiming its number.
    Current { reference: String },
    /// A later version: kept pending, claiming nothing, until an officer makes it current.
    Pending { reference: String },
    /// Another person's current version already claims this number as their own.
    PhoneAlreadyUsed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionState {
    Current,
    Pending,
    Earlier,
}

impl VersionState {
    pub fn as_str(self) -> &'static str {
        match self {
            VersionState::Current => "current",
            VersionState::Pending => "pending",
            VersionState::Earlier => "earlier",
        }
    }

    fn parse(text: &str) -> VersionState {
        match text {
            "current" => VersionState::Current,
            "pending" => VersionState::Pending,
            _ => VersionState::Earlier,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Version {
    pub reference: String,
    pub state: VersionState,
    pub submitted_at: i64,
    pub locale: String,
    pub level: i64,
    pub application: String,
    pub report: String,
    pub made_current_at: Option<i64>,
    pub made_current_by: Option<String>,
}

/// A person's application with every version, oldest first.
#[derive(Clone, Debug)]
pub struct Application {
    pub id: String,
    pub passport: String,
    pub first_at: i64,
    pub newest_at: i64,
    pub received_at: Option<i64>,
    pub received_by: Option<String>,
    pub versions: Vec<Version>,
}

/// What making a version current did.
#[derive(Debug, PartialEq)]
pub enum MadeCurrent {
    Done,
    NotFound,
    /// The version is not pending (it is current already, or earlier).
    NotPending,
    /// Another person's current version claims this version's number.
    PhoneAlreadyUsed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Aggregates only.
    Stats,
    /// Reads applications, makes a pending version current, marks received.
    Desk,
    /// Also deletes applications and manages accounts.
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Stats => "stats",
            Role::Desk => "desk",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "stats" => Some(Role::Stats),
            "desk" => Some(Role::Desk),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Officer {
    pub name: String,
    pub role: Role,
}

/// One line of the audit: who did what to which record, from where.
pub struct AuditEntry<'a> {
    pub at: i64,
    pub officer: &'a str,
    pub action: &'a str,
    pub record: &'a str,
    pub client: &'a str,
}

/// A count of stored submissions by Vietnam day, level and locale.
#[derive(Debug, PartialEq)]
pub struct StoredCell {
    pub day: i64,
    pub level: i64,
    pub locale: String,
    pub count: i64,
}

/// A count of an issue code in refused submissions by day and locale.
#[derive(Debug, PartialEq)]
pub struct RefusedCell {
    pub day: i64,
    pub locale: String,
    pub code: String,
    pub count: i64,
}

/// A sign-in session's lifetimes.
#[derive(Clone, Copy)]
pub struct SessionRules {
    pub now: i64,
    /// Seconds without use after which it ends.
    pub idle: i64,
    /// Seconds after sign-in after which it ends whatever the use.
    pub max: i64,
}

/// The two stores behind one set of calls.
pub enum Store {
    Sqlite(SqliteStore),
    Postgres(PgStore),
}

macro_rules! each {
    ($self:ident, $store:ident => $call:expr) => {
        match $self {
            Store::Sqlite($store) => $call,
            Store::Postgres($store) => $call,
        }
    };
}

impl Store {
    /// Opens the store and brings its schema up to date.
    pub async fn open(database: &Database, pool_size: u32) -> Result<Store, StoreError> {
        Store::open_with_replica(database, None, pool_size).await
    }

    /// Opens the store with a PostgreSQL read replica for the reads that may lag.
    pub async fn open_with_replica(
        database: &Database,
        replica: Option<&str>,
        pool_size: u32,
    ) -> Result<Store, StoreError> {
        Ok(match (database, replica) {
            (Database::Sqlite(path), None) => {
                Store::Sqlite(SqliteStore::open(path, pool_size).await?)
            }
            (Database::Sqlite(_), Some(_)) => {
                return Err(StoreError(
                    "EID_FORM_DB_REPLICA needs a PostgreSQL EID_FORM_DB".into(),
                ))
            }
            (Database::Postgres(url), replica) => {
                Store::Postgres(PgStore::open(url, replica, pool_size).await?)
            }
        })
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Store::Sqlite(_) => "sqlite",
            Store::Postgres(_) => "postgres",
        }
    }

    pub async fn submit(&self, submission: &Submission<'_>) -> Result<Submitted, StoreError> {
        each!(self, s => s.submit(submission).await)
    }

    /// The application one of whose versions has this reference.
    pub async fn by_reference(
        &self,
        reference: &str,
        read: Read,
    ) -> Result<Option<Application>, StoreError> {
        each!(self, s => s.by_reference(reference, read).await)
    }

    pub async fn by_passport(
        &self,
        passport: &str,
        read: Read,
    ) -> Result<Option<Application>, StoreError> {
        each!(self, s => s.by_passport(passport, read).await)
    }

    pub async fn make_current(
        &self,
        reference: &str,
        officer: &str,
        now: i64,
    ) -> Result<MadeCurrent, StoreError> {
        each!(self, s => s.make_current(reference, officer, now).await)
    }

    /// Marks the application holding this reference as received at the counter.
    pub async fn mark_received(
        &self,
        reference: &str,
        officer: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        each!(self, s => s.mark_received(reference, officer, now).await)
    }

    /// Deletes the application holding this reference, every version of it.
    pub async fn delete(&self, reference: &str) -> Result<bool, StoreError> {
        let deleted = each!(self, s => s.delete(reference).await)?;
        if deleted {
            self.wipe().await?;
        }
        Ok(deleted)
    }

    /// Deletes every application whose newest version came before `cutoff`, in
    /// one instance of the fleet at a time; `None` when another instance is at it.
    pub async fn purge_before(&self, cutoff: i64) -> Result<Option<u64>, StoreError> {
        let purged = match self {
            Store::Sqlite(s) => s.purge_before(cutoff).await.map(Some)?,
            Store::Postgres(s) => s.purge_before_locked(cutoff).await?,
        };
        if purged.is_some_and(|n| n > 0) {
            self.wipe().await?;
        }
        Ok(purged)
    }

    /// Takes deleted bytes off the disk where the store can (SQLite).
    async fn wipe(&self) -> Result<(), StoreError> {
        match self {
            Store::Sqlite(s) => s.checkpoint().await,
            Store::Postgres(_) => Ok(()),
        }
    }

    pub async fn count_versions(&self) -> Result<i64, StoreError> {
        each!(self, s => s.count_versions().await)
    }

    pub async fn stored_cells(&self, read: Read) -> Result<Vec<StoredCell>, StoreError> {
        each!(self, s => s.stored_cells(read).await)
    }

    pub async fn refused_cells(&self, read: Read) -> Result<Vec<RefusedCell>, StoreError> {
        each!(self, s => s.refused_cells(read).await)
    }

    pub async fn add_refusals(&self, cells: &[RefusedCell]) -> Result<(), StoreError> {
        if cells.is_empty() {
            return Ok(());
        }
        each!(self, s => s.add_refusals(cells).await)
    }

    /// Adds an officer; `false` when the name is taken.
    pub async fn add_officer(
        &self,
        name: &str,
        role: Role,
        password_hash: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        each!(self, s => s.add_officer(name, role, password_hash, now).await)
    }

    /// An officer's role and password hash.
    pub async fn officer_secret(&self, name: &str) -> Result<Option<(Role, String)>, StoreError> {
        each!(self, s => s.officer_secret(name).await)
    }

    pub async fn officers(&self) -> Result<Vec<Officer>, StoreError> {
        each!(self, s => s.officers().await)
    }

    /// Changes an officer's role and/or password; ends their sessions. `false` when unknown.
    pub async fn update_officer(
        &self,
        name: &str,
        role: Option<Role>,
        password_hash: Option<&str>,
    ) -> Result<bool, StoreError> {
        each!(self, s => s.update_officer(name, role, password_hash).await)
    }

    pub async fn remove_officer(&self, name: &str) -> Result<bool, StoreError> {
        each!(self, s => s.remove_officer(name).await)
    }

    pub async fn create_session(
        &self,
        token_hash: &str,
        officer: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        each!(self, s => s.create_session(token_hash, officer, now).await)
    }

    /// The officer a live session belongs to (touching it); `None` when unknown or expired.
    pub async fn session(
        &self,
        token_hash: &str,
        rules: SessionRules,
    ) -> Result<Option<Officer>, StoreError> {
        each!(self, s => s.session(token_hash, rules).await)
    }

    pub async fn end_session(&self, token_hash: &str) -> Result<(), StoreError> {
        each!(self, s => s.end_session(token_hash).await)
    }

    /// Counts one more attempt against `key` in a window of `window` seconds and
    /// returns the attempts in the current window, this one included.
    pub async fn count_attempt(
        &self,
        key: &str,
        now: i64,
        window: i64,
    ) -> Result<(i64, i64), StoreError> {
        each!(self, s => s.count_attempt(key, now, window).await)
    }

    pub async fn clear_attempts(&self, key: &str) -> Result<(), StoreError> {
        each!(self, s => s.clear_attempts(key).await)
    }

    /// Takes back one counted attempt (a success from a shared address).
    pub async fn forgive_attempt(&self, key: &str) -> Result<(), StoreError> {
        each!(self, s => s.forgive_attempt(key).await)
    }

    /// Ends sessions unused since `before` and forgets older sign-in counts.
    pub async fn tidy(&self, before: i64) -> Result<(), StoreError> {
        each!(self, s => s.tidy(before).await)
    }

    pub async fn audit(&self, entry: &AuditEntry<'_>) -> Result<(), StoreError> {
        each!(self, s => s.audit(entry).await)
    }

    /// The audit lines about one record, oldest first: (at, officer, action, client).
    pub async fn audit_of(
        &self,
        record: &str,
    ) -> Result<Vec<(i64, String, String, String)>, StoreError> {
        each!(self, s => s.audit_of(record).await)
    }

    /// Writes one row, to learn that the store takes writes.
    pub async fn ready(&self, server: &str, now: i64) -> Result<(), StoreError> {
        each!(self, s => s.ready(server, now).await)
    }

    /// Connections open and idle in the pool(s).
    pub fn pool_use(&self) -> (u32, u32) {
        match self {
            Store::Sqlite(s) => s.pool_use(),
            Store::Postgres(s) => s.pool_use(),
        }
    }

    pub async fn close(&self) {
        each!(self, s => s.close().await)
    }
}

/// A reference: 96 random bits in hex.
pub fn new_reference() -> Result<String, StoreError> {
    let mut bytes = [0u8; 12];
    getrandom::fill(&mut bytes).map_err(|e| StoreError(format!("no randomness: {e}")))?;
    Ok(hex(&bytes))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
