//! The embedded store: valid applications in one SQLite file, created readable
//! by its owner only, purged after the retention period. Each record keeps the
//! normalized application, the report and the time.

use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;
use std::sync::Mutex;

/// What the store decided for a valid application.
pub enum Stored {
    /// Saved (a new record, or this passport's pending record replaced).
    Saved { id: String },
    /// The phone is already another adult applicant's own number.
    PhoneAlreadyUsed,
}

/// A stored application, for an officer.
pub struct Record {
    pub id: String,
    pub created_at: i64,
    pub application: String,
    pub report: String,
}

/// What identifies a stored application and its one-number-per-account claim.
pub struct Claim<'a> {
    /// Issuing state and passport number: the same passport resubmitting
    /// replaces its own pending record.
    pub passport: &'a str,
    /// The E.164 number, when the applicant claims it as their own number.
    pub own_phone: Option<&'a str>,
}

pub struct Store {
    connection: Mutex<Connection>,
}

impl Store {
    /// Opens (or creates, mode 0600) the database at `path`.
    pub fn open(path: &Path) -> Result<Store, String> {
        let existed = path.exists();
        if !existed {
            create_private_file(path)?;
        }
        let connection =
            Connection::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        connection
            .execute_batch(
                "PRAGMA journal_mode = WAL;
                 PRAGMA busy_timeout = 5000;
                 CREATE TABLE IF NOT EXISTS applications (
                     id TEXT PRIMARY KEY,
                     passport TEXT NOT NULL UNIQUE,
                     own_phone TEXT,
                     created_at INTEGER NOT NULL,
                     application TEXT NOT NULL,
                     report TEXT NOT NULL
                 );
                 CREATE INDEX IF NOT EXISTS applications_own_phone ON applications (own_phone);
                 CREATE INDEX IF NOT EXISTS applications_created_at ON applications (created_at);",
            )
            .map_err(|e| format!("cannot prepare {}: {e}", path.display()))?;
        Ok(Store {
            connection: Mutex::new(connection),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (transactions roll back).
        self.connection
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Stores a valid application, atomically with the one-number check.
    pub fn save(
        &self,
        claim: &Claim<'_>,
        now: i64,
        application: &str,
        report: &str,
    ) -> Result<Stored, String> {
        let mut connection = self.lock();
        let tx = connection.transaction().map_err(|e| e.to_string())?;
        if let Some(phone) = claim.own_phone {
            let taken: Option<String> = tx
                .query_row(
                    "SELECT id FROM applications WHERE own_phone = ?1 AND passport <> ?2 LIMIT 1",
                    params![phone, claim.passport],
                    |row| row.get(0),
                )
                .optional()
                .map_err(|e| e.to_string())?;
            if taken.is_some() {
                return Ok(Stored::PhoneAlreadyUsed);
            }
        }
        let existing: Option<String> = tx
            .query_row(
                "SELECT id FROM applications WHERE passport = ?1",
                params![claim.passport],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| e.to_string())?;
        let id = match existing {
            Some(id) => id,
            None => tx
                .query_row("SELECT lower(hex(randomblob(12)))", [], |row| row.get(0))
                .map_err(|e| e.to_string())?,
        };
        tx.execute(
            "INSERT INTO applications (id, passport, own_phone, created_at, application, report)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (passport) DO UPDATE SET own_phone = ?3, created_at = ?4, application = ?5, report = ?6",
            params![id, claim.passport, claim.own_phone, now, application, report],
        )
        .map_err(|e| e.to_string())?;
        tx.commit().map_err(|e| e.to_string())?;
        Ok(Stored::Saved { id })
    }

    pub fn get(&self, id: &str) -> Result<Option<Record>, String> {
        self.lock()
            .query_row(
                "SELECT id, created_at, application, report FROM applications WHERE id = ?1",
                params![id],
                |row| {
                    Ok(Record {
                        id: row.get(0)?,
                        created_at: row.get(1)?,
                        application: row.get(2)?,
                        report: row.get(3)?,
                    })
                },
            )
            .optional()
            .map_err(|e| e.to_string())
    }

    pub fn delete(&self, id: &str) -> Result<bool, String> {
        self.lock()
            .execute("DELETE FROM applications WHERE id = ?1", params![id])
            .map(|n| n > 0)
            .map_err(|e| e.to_string())
    }

    pub fn count(&self) -> Result<i64, String> {
        self.lock()
            .query_row("SELECT count(*) FROM applications", [], |row| row.get(0))
            .map_err(|e| e.to_string())
    }

    /// Deletes the records older than `cutoff` (seconds since the epoch).
    pub fn purge_before(&self, cutoff: i64) -> Result<usize, String> {
        self.lock()
            .execute(
                "DELETE FROM applications WHERE created_at < ?1",
                params![cutoff],
            )
            .map_err(|e| e.to_string())
    }
}

#[cfg(unix)]
fn create_private_file(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map(|_| ())
        .map_err(|e| format!("cannot create {}: {e}", path.display()))
}

#[cfg(not(unix))]
fn create_private_file(path: &Path) -> Result<(), String> {
    std::fs::File::create(path)
        .map(|_| ())
        .map_err(|e| format!("cannot create {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(name: &str) -> Store {
        let dir =
            std::env::temp_dir().join(format!("eid-form-store-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Store::open(&dir.join("store.db")).unwrap()
    }

    #[test]
    fn records_past_retention_are_purged_and_younger_ones_kept() {
        let store = store("purge");
        let claim = |passport| Claim {
            passport,
            own_phone: None,
        };
        assert!(matches!(
            store.save(&claim("JPN:A1"), 1_000, "{}", "{}"),
            Ok(Stored::Saved { .. })
        ));
        assert!(matches!(
            store.save(&claim("JPN:A2"), 5_000, "{}", "{}"),
            Ok(Stored::Saved { .. })
        ));
        assert_eq!(store.purge_before(2_000), Ok(1));
        assert_eq!(store.count(), Ok(1));
    }

    #[test]
    fn a_resubmission_keeps_its_id_and_an_own_number_is_exclusive() {
        let store = store("claims");
        let first = Claim {
            passport: "JPN:A1",
            own_phone: Some("+84912345678"),
        };
        let Ok(Stored::Saved { id }) = store.save(&first, 1, "{}", "{}") else {
            panic!()
        };
        let Ok(Stored::Saved { id: again }) = store.save(&first, 2, "{}", "{}") else {
            panic!()
        };
        assert_eq!(id, again);
        let other = Claim {
            passport: "KOR:M1",
            own_phone: Some("+84912345678"),
        };
        assert!(matches!(
            store.save(&other, 3, "{}", "{}"),
            Ok(Stored::PhoneAlreadyUsed)
        ));
        let shared = Claim {
            passport: "KOR:M2",
            own_phone: None,
        };
        assert!(matches!(
            store.save(&shared, 4, "{}", "{}"),
            Ok(Stored::Saved { .. })
        ));
        assert_eq!(store.count(), Ok(2));
    }
}
