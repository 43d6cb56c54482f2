//! The embedded store: one SQLite file in WAL mode, each commit fsynced
//! (`synchronous = FULL`). Writes go through a pool of one connection and begin
//! `IMMEDIATE`, so a write waits its turn (in this process on the pool, across
//! processes on `busy_timeout`) instead of failing on the upgrade from a read;
//! reads use their own pool and never wait behind a write. Deleted rows are
//! overwritten (`secure_delete`) and the WAL is checkpointed and truncated, so
//! a deleted application leaves no bytes in the files.

use super::queries::shared_queries;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::Sqlite;
use std::path::{Path, PathBuf};
use std::time::Duration;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");

pub struct SqliteStore {
    writer: SqlitePool,
    readers: SqlitePool,
    path: PathBuf,
}

impl SqliteStore {
    /// Opens (or creates, mode 0600) the database at `path`; an existing file
    /// (and its WAL) is tightened to 0600.
    pub async fn open(path: &Path, pool_size: u32) -> Result<SqliteStore, StoreError> {
        private_file(path)?;
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(false)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true)
            .pragma("secure_delete", "ON");
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options.clone())
            .await?;
        let legacy = set_legacy_aside(&writer).await?;
        MIGRATOR.run(&writer).await?;
        if legacy {
            bring_in_legacy(&writer).await?;
        }
        let readers = SqlitePoolOptions::new()
            .max_connections(pool_size.clamp(1, 8))
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options.read_only(true))
            .await?;
        for suffix in ["-wal", "-shm"] {
            tighten(&sidecar(path, suffix));
        }
        Ok(SqliteStore {
            writer,
            readers,
            path: path.to_path_buf(),
        })
    }

    fn reader(&self) -> &SqlitePool {
        &self.readers
    }

    fn pool_for(&self, _read: Read) -> &SqlitePool {
        &self.readers
    }

    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, Sqlite>, sqlx::Error> {
        self.writer.begin_with("BEGIN IMMEDIATE").await
    }

    pub async fn purge_before(&self, cutoff: i64) -> Result<u64, StoreError> {
        let mut tx = self.begin_write().await?;
        let purged = Self::purge_in(&mut tx, cutoff).await?;
        tx.commit().await?;
        Ok(purged)
    }

    /// Copies the WAL into the (zero-overwritten) database and truncates it.
    pub async fn checkpoint(&self) -> Result<(), StoreError> {
        for _ in 0..20 {
            let busy: i64 = sqlx::query_scalar("PRAGMA wal_checkpoint(TRUNCATE)")
                .fetch_one(&self.writer)
                .await?;
            if busy == 0 {
                return Ok(());
            }
            // A reader (perhaps another process) holds an old snapshot.
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Err(StoreError(format!(
            "{}: the WAL could not be checkpointed (readers busy)",
            self.path.display()
        )))
    }

    pub fn pool_use(&self) -> (u32, u32) {
        (
            self.writer.size() + self.readers.size(),
            (self.writer.num_idle() + self.readers.num_idle()) as u32,
        )
    }

    pub async fn close(&self) {
        self.readers.close().await;
        self.writer.close().await;
    }
}

shared_queries!(SqliteStore, Sqlite);

/// A database of the server before versions (one `applications` row per
/// passport, no migrations table): its table is set aside before the
/// migrations run. `true` when there was one.
async fn set_legacy_aside(writer: &SqlitePool) -> Result<bool, StoreError> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table'
         AND name IN ('applications', '_sqlx_migrations', 'legacy_applications')",
    )
    .fetch_all(writer)
    .await?;
    if tables.iter().any(|t| t == "legacy_applications") {
        return Ok(true);
    }
    if tables != ["applications"] {
        return Ok(false);
    }
    let mut tx = writer.begin_with("BEGIN IMMEDIATE").await?;
    for statement in [
        "DROP INDEX IF EXISTS applications_own_phone",
        "DROP INDEX IF EXISTS applications_created_at",
        "ALTER TABLE applications RENAME TO legacy_applications",
    ] {
        sqlx::query(statement).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    tracing::info!("upgrading a store without versions: each record becomes a current version");
    Ok(true)
}

/// Each record of the server before versions becomes an application with one
/// current version whose reference is the record's id (so the reference the
/// applicant was given still finds it) and which claims the number it claimed.
async fn bring_in_legacy(writer: &SqlitePool) -> Result<(), StoreError> {
    let mut tx = writer.begin_with("BEGIN IMMEDIATE").await?;
    for statement in [
        "INSERT INTO applications (id, passport, first_at, newest_at, version_count)
         SELECT 'legacy-' || id, passport, created_at, created_at, 1 FROM legacy_applications",
        "INSERT INTO versions (reference, application_id, seq, state, phone, claimed_phone,
             submitted_at, locale, level, application, report)
         SELECT id, 'legacy-' || id, 1, 'current', own_phone, own_phone, created_at,
             coalesce(json_extract(report, '$.locale'), 'en'),
             coalesce(json_extract(application, '$.level'), 0), application, report
         FROM legacy_applications",
        "DROP TABLE legacy_applications",
    ] {
        sqlx::query(statement).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(unix)]
fn private_file(path: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::OpenOptionsExt;
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            if !path.is_file() {
                return Err(StoreError(format!("{} is not a file", path.display())));
            }
            tighten(path);
            Ok(())
        }
        Err(e) => Err(StoreError(format!("cannot create {}: {e}", path.display()))),
    }
}

#[cfg(not(unix))]
fn private_file(path: &Path) -> Result<(), StoreError> {
    if path.exists() {
        return Ok(());
    }
    std::fs::File::create(path)
        .map(|_| ())
        .map_err(|e| StoreError(format!("cannot create {}: {e}", path.display())))
}

/// Owner read and write only, whatever the file had.
#[cfg(unix)]
fn tighten(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.permissions().mode() & 0o777 != 0o600 {
            if let Err(e) = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)) {
                tracing::warn!(file = %path.display(), error = %e, "cannot tighten to 0600");
            } else {
                tracing::info!(file = %path.display(), "tightened to 0600");
            }
        }
    }
}

#[cfg(not(unix))]
fn tighten(_path: &Path) {}
