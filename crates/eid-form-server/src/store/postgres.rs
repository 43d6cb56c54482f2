//! The fleet's store: PostgreSQL through one pool per server. Writes run in
//! READ COMMITTED transactions; the unique indexes make concurrent servers
//! agree (a second claim of a number waits for the first to commit, then
//! fails). The retention purge runs in one instance at a time under a
//! transaction-scoped advisory lock. Deleted rows stay in the table files until
//! VACUUM: README "Deployment" says what a DBA runs.

use super::queries::shared_queries;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::Postgres;
use std::str::FromStr;
use std::time::Duration;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// The advisory lock the purge holds: any fixed number the fleet shares.
const PURGE_LOCK: i64 = 0x6569_6466_6f72_6d01;

pub struct PgStore {
    pool: PgPool,
    /// A read replica for the reads that may lag (officers' reads, statistics).
    replica: Option<PgPool>,
}

impl PgStore {
    pub async fn open(
        url: &str,
        replica: Option<&str>,
        pool_size: u32,
    ) -> Result<PgStore, StoreError> {
        let pool = connect(url, "EID_FORM_DB", pool_size).await?;
        // sqlx takes an advisory lock while migrating: servers starting together agree.
        MIGRATOR.run(&pool).await?;
        let replica = match replica {
            Some(url) => Some(connect(url, "EID_FORM_DB_REPLICA", pool_size).await?),
            None => None,
        };
        Ok(PgStore { pool, replica })
    }

    fn reader(&self) -> &PgPool {
        &self.pool
    }

    fn pool_for(&self, read: Read) -> &PgPool {
        match (read, &self.replica) {
            (Read::Replica, Some(replica)) => replica,
            _ => &self.pool,
        }
    }

    pub fn pool_use(&self) -> (u32, u32) {
        let pools = std::iter::once(&self.pool).chain(self.replica.as_ref());
        pools.fold((0, 0), |(open, idle), pool| {
            (open + pool.size(), idle + pool.num_idle() as u32)
        })
    }

    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, Postgres>, sqlx::Error> {
        self.pool.begin().await
    }

    /// `None` when another instance holds the purge lock.
    pub async fn purge_before_locked(&self, cutoff: i64) -> Result<Option<u64>, StoreError> {
        let mut tx = self.begin_write().await?;
        let locked: bool = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
            .bind(PURGE_LOCK)
            .fetch_one(&mut *tx)
            .await?;
        if !locked {
            return Ok(None);
        }
        let purged = Self::purge_in(&mut tx, cutoff).await?;
        tx.commit().await?;
        Ok(Some(purged))
    }

    pub async fn close(&self) {
        self.pool.close().await;
        if let Some(replica) = &self.replica {
            replica.close().await;
        }
    }
}

async fn connect(url: &str, setting: &str, pool_size: u32) -> Result<PgPool, StoreError> {
    let options = PgConnectOptions::from_str(url)
        .map_err(|e| StoreError(format!("{setting} is not a usable PostgreSQL URL: {e}")))?
        .application_name("eid-form-server")
        // A stuck statement gives an error, not a stuck request.
        .options([("statement_timeout", "15s"), ("lock_timeout", "10s")]);
    Ok(PgPoolOptions::new()
        .max_connections(pool_size)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await?)
}

shared_queries!(PgStore, Postgres);
