//! The SQL both stores run, written once: `$N` parameters, `ON CONFLICT` and
//! `RETURNING` mean the same in SQLite and PostgreSQL. Each store supplies its
//! pools (`reader`, `writer`) and how a write transaction begins
//! (`begin_write`); this macro writes the rest of its methods.

macro_rules! shared_queries {
    ($store:ty, $db:ty) => {
        use sqlx::Row;
        use $crate::store::{
            new_reference, violates, Application, AuditEntry, MadeCurrent, Officer, Read,
            RefusedCell, Role, SessionRules, StoreError, StoredCell, Submission, Submitted,
            Version, VersionState,
        };

        impl $store {
            pub async fn submit(
                &self,
                submission: &Submission<'_>,
            ) -> Result<Submitted, StoreError> {
                let reference = new_reference()?;
                let new_id = new_reference()?;
                let mut tx = self.begin_write().await?;
                let created = sqlx::query(
                    "INSERT INTO applications (id, passport, first_at, newest_at, version_count)
                     VALUES ($1, $2, $3, $3, 1) ON CONFLICT (passport) DO NOTHING",
                )
                .bind(&new_id)
                .bind(submission.passport)
                .bind(submission.submitted_at)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                let (id, state, seq) = if created {
                    (new_id, VersionState::Current, 1_i64)
                } else {
                    let id: String =
                        sqlx::query_scalar("SELECT id FROM applications WHERE passport = $1")
                            .bind(submission.passport)
                            .fetch_one(&mut *tx)
                            .await?;
                    // A pending version claims nothing, but one naming another
                    // person's number as its own could never be made current.
                    if let Some(phone) = submission.own_phone {
                        let taken: Option<String> = sqlx::query_scalar(
                            "SELECT reference FROM versions
                             WHERE claimed_phone = $1 AND application_id <> $2",
                        )
                        .bind(phone)
                        .bind(&id)
                        .fetch_optional(&mut *tx)
                        .await?;
                        if taken.is_some() {
                            return Ok(Submitted::PhoneAlreadyUsed);
                        }
                    }
                    // Locks the person's row: their resubmissions take turns.
                    let seq: i64 = sqlx::query_scalar(
                        "UPDATE applications SET version_count = version_count + 1,
                             newest_at = CASE WHEN newest_at < $2 THEN $2 ELSE newest_at END
                         WHERE id = $1 RETURNING version_count",
                    )
                    .bind(&id)
                    .bind(submission.submitted_at)
                    .fetch_one(&mut *tx)
                    .await?;
                    (id, VersionState::Pending, seq)
                };
                let claimed = (state == VersionState::Current)
                    .then_some(submission.own_phone)
                    .flatten();
                let inserted = sqlx::query(
                    "INSERT INTO versions (reference, application_id, seq, state, phone,
                         claimed_phone, submitted_at, locale, level, application, report)
                     VALUES ($1, $2, $11, $3, $4, $5, $6, $7, $8, $9, $10)",
                )
                .bind(&reference)
                .bind(&id)
                .bind(state.as_str())
                .bind(submission.own_phone)
                .bind(claimed)
                .bind(submission.submitted_at)
                .bind(submission.locale)
                .bind(submission.level)
                .bind(submission.application)
                .bind(submission.report)
                .bind(seq)
                .execute(&mut *tx)
                .await;
                match inserted {
                    // The unique index over claimed numbers: the transaction rolls back.
                    Err(e) if violates(&e, "claimed_phone") => {
                        return Ok(Submitted::PhoneAlreadyUsed)
                    }
                    Err(e) => return Err(e.into()),
                    Ok(_) => {}
                }
                tx.commit().await?;
                Ok(match state {
                    VersionState::Current => Submitted::Current { reference },
                    _ => Submitted::Pending { reference },
                })
            }

            async fn load(&self, id: &str, read: Read) -> Result<Option<Application>, StoreError> {
                let Some(row) = sqlx::query(
                    "SELECT id, passport, first_at, newest_at, received_at, received_by
                     FROM applications WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(self.pool_for(read))
                .await?
                else {
                    return Ok(None);
                };
                let versions = sqlx::query(
                    "SELECT reference, state, submitted_at, locale, level, application, report,
                         made_current_at, made_current_by
                     FROM versions WHERE application_id = $1 ORDER BY seq",
                )
                .bind(id)
                .fetch_all(self.pool_for(read))
                .await?
                .into_iter()
                .map(|v| -> Result<Version, sqlx::Error> {
                    Ok(Version {
                        reference: v.try_get(0)?,
                        state: VersionState::parse(&v.try_get::<String, _>(1)?),
                        submitted_at: v.try_get(2)?,
                        locale: v.try_get(3)?,
                        level: v.try_get(4)?,
                        application: v.try_get(5)?,
                        report: v.try_get(6)?,
                        made_current_at: v.try_get(7)?,
                        made_current_by: v.try_get(8)?,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
                Ok(Some(Application {
                    id: row.try_get(0)?,
                    passport: row.try_get(1)?,
                    first_at: row.try_get(2)?,
                    newest_at: row.try_get(3)?,
                    received_at: row.try_get(4)?,
                    received_by: row.try_get(5)?,
                    versions,
                }))
            }

            pub async fn by_reference(
                &self,
                reference: &str,
                read: Read,
            ) -> Result<Option<Application>, StoreError> {
                let id: Option<String> =
                    sqlx::query_scalar("SELECT application_id FROM versions WHERE reference = $1")
                        .bind(reference)
                        .fetch_optional(self.pool_for(read))
                        .await?;
                match id {
                    Some(id) => self.load(&id, read).await,
                    None => Ok(None),
                }
            }

            pub async fn by_passport(
                &self,
                passport: &str,
                read: Read,
            ) -> Result<Option<Application>, StoreError> {
                let id: Option<String> =
                    sqlx::query_scalar("SELECT id FROM applications WHERE passport = $1")
                        .bind(passport)
                        .fetch_optional(self.pool_for(read))
                        .await?;
                match id {
                    Some(id) => self.load(&id, read).await,
                    None => Ok(None),
                }
            }

            pub async fn make_current(
                &self,
                reference: &str,
                officer: &str,
                now: i64,
            ) -> Result<MadeCurrent, StoreError> {
                let mut tx = self.begin_write().await?;
                let Some(row) =
                    sqlx::query("SELECT application_id, state FROM versions WHERE reference = $1")
                        .bind(reference)
                        .fetch_optional(&mut *tx)
                        .await?
                else {
                    return Ok(MadeCurrent::NotFound);
                };
                let id: String = row.try_get(0)?;
                if row.try_get::<String, _>(1)? != VersionState::Pending.as_str() {
                    return Ok(MadeCurrent::NotPending);
                }
                sqlx::query(
                    "UPDATE versions SET state = 'earlier', claimed_phone = NULL
                     WHERE application_id = $1 AND state = 'current'",
                )
                .bind(&id)
                .execute(&mut *tx)
                .await?;
                let updated = sqlx::query(
                    "UPDATE versions SET state = 'current', claimed_phone = phone,
                         made_current_at = $2, made_current_by = $3
                     WHERE reference = $1",
                )
                .bind(reference)
                .bind(now)
                .bind(officer)
                .execute(&mut *tx)
                .await;
                match updated {
                    Err(e) if violates(&e, "claimed_phone") => {
                        return Ok(MadeCurrent::PhoneAlreadyUsed)
                    }
                    Err(e) => return Err(e.into()),
                    Ok(_) => {}
                }
                tx.commit().await?;
                Ok(MadeCurrent::Done)
            }

            pub async fn mark_received(
                &self,
                reference: &str,
                officer: &str,
                now: i64,
            ) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let changed = sqlx::query(
                    "UPDATE applications SET received_at = $2, received_by = $3
                     WHERE id = (SELECT application_id FROM versions WHERE reference = $1)",
                )
                .bind(reference)
                .bind(now)
                .bind(officer)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                tx.commit().await?;
                Ok(changed > 0)
            }

            pub async fn delete(&self, reference: &str) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let id: Option<String> =
                    sqlx::query_scalar("SELECT application_id FROM versions WHERE reference = $1")
                        .bind(reference)
                        .fetch_optional(&mut *tx)
                        .await?;
                let Some(id) = id else {
                    return Ok(false);
                };
                sqlx::query("DELETE FROM versions WHERE application_id = $1")
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM applications WHERE id = $1")
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(true)
            }

            /// Deletes every version of the applications past the cutoff, inside `tx`.
            async fn purge_in(
                tx: &mut sqlx::Transaction<'static, $db>,
                cutoff: i64,
            ) -> Result<u64, StoreError> {
                sqlx::query(
                    "DELETE FROM versions WHERE application_id IN
                         (SELECT id FROM applications WHERE newest_at < $1)",
                )
                .bind(cutoff)
                .execute(&mut **tx)
                .await?;
                Ok(sqlx::query("DELETE FROM applications WHERE newest_at < $1")
                    .bind(cutoff)
                    .execute(&mut **tx)
                    .await?
                    .rows_affected())
            }

            /// Ends sessions and forgets sign-in counts older than `before`.
            pub async fn tidy(&self, before: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1")
                    .bind(before)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM sign_in_failures WHERE window_start < $1")
                    .bind(before)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            pub async fn count_versions(&self) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar("SELECT count(*) FROM versions")
                    .fetch_one(self.reader())
                    .await?)
            }

            pub async fn stored_cells(&self, read: Read) -> Result<Vec<StoredCell>, StoreError> {
                // Days in Vietnam (UTC+7), the reference date's zone.
                let rows = sqlx::query(
                    "SELECT (submitted_at + 25200) / 86400, level, locale, count(*)
                     FROM versions GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
                )
                .fetch_all(self.pool_for(read))
                .await?;
                rows.into_iter()
                    .map(|r| {
                        Ok(StoredCell {
                            day: r.try_get(0)?,
                            level: r.try_get(1)?,
                            locale: r.try_get(2)?,
                            count: r.try_get(3)?,
                        })
                    })
                    .collect()
            }

            pub async fn refused_cells(&self, read: Read) -> Result<Vec<RefusedCell>, StoreError> {
                let rows = sqlx::query(
                    "SELECT day, locale, code, count FROM refusals ORDER BY day, locale, code",
                )
                .fetch_all(self.pool_for(read))
                .await?;
                rows.into_iter()
                    .map(|r| {
                        Ok(RefusedCell {
                            day: r.try_get(0)?,
                            locale: r.try_get(1)?,
                            code: r.try_get(2)?,
                            count: r.try_get(3)?,
                        })
                    })
                    .collect()
            }

            pub async fn add_refusals(&self, cells: &[RefusedCell]) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                for cell in cells {
                    sqlx::query(
                        "INSERT INTO refusals (day, locale, code, count) VALUES ($1, $2, $3, $4)
                         ON CONFLICT (day, locale, code)
                         DO UPDATE SET count = refusals.count + excluded.count",
                    )
                    .bind(cell.day)
                    .bind(&cell.locale)
                    .bind(&cell.code)
                    .bind(cell.count)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            pub async fn add_officer(
                &self,
                name: &str,
                role: Role,
                password_hash: &str,
                now: i64,
            ) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let added = sqlx::query(
                    "INSERT INTO officers (name, role, password_hash, created_at)
                     VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING",
                )
                .bind(name)
                .bind(role.as_str())
                .bind(password_hash)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                tx.commit().await?;
                Ok(added == 1)
            }

            pub async fn officer_secret(
                &self,
                name: &str,
            ) -> Result<Option<(Role, String)>, StoreError> {
                let row = sqlx::query("SELECT role, password_hash FROM officers WHERE name = $1")
                    .bind(name)
                    .fetch_optional(self.reader())
                    .await?;
                match row {
                    None => Ok(None),
                    Some(row) => {
                        let role: String = row.try_get(0)?;
                        let hash: String = row.try_get(1)?;
                        Ok(Role::parse(&role).map(|role| (role, hash)))
                    }
                }
            }

            pub async fn officers(&self) -> Result<Vec<Officer>, StoreError> {
                let rows = sqlx::query("SELECT name, role FROM officers ORDER BY name")
                    .fetch_all(self.reader())
                    .await?;
                let mut officers = Vec::new();
                for row in rows {
                    let role: String = row.try_get(1)?;
                    if let Some(role) = Role::parse(&role) {
                        officers.push(Officer {
                            name: row.try_get(0)?,
                            role,
                        });
                    }
                }
                Ok(officers)
            }

            pub async fn update_officer(
                &self,
                name: &str,
                role: Option<Role>,
                password_hash: Option<&str>,
            ) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let exists: Option<String> =
                    sqlx::query_scalar("SELECT name FROM officers WHERE name = $1")
                        .bind(name)
                        .fetch_optional(&mut *tx)
                        .await?;
                if exists.is_none() {
                    return Ok(false);
                }
                if let Some(role) = role {
                    sqlx::query("UPDATE officers SET role = $2 WHERE name = $1")
                        .bind(name)
                        .bind(role.as_str())
                        .execute(&mut *tx)
                        .await?;
                }
                if let Some(hash) = password_hash {
                    sqlx::query("UPDATE officers SET password_hash = $2 WHERE name = $1")
                        .bind(name)
                        .bind(hash)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query("DELETE FROM sessions WHERE officer = $1")
                    .bind(name)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(true)
            }

            pub async fn remove_officer(&self, name: &str) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("DELETE FROM sessions WHERE officer = $1")
                    .bind(name)
                    .execute(&mut *tx)
                    .await?;
                let removed = sqlx::query("DELETE FROM officers WHERE name = $1")
                    .bind(name)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                Ok(removed > 0)
            }

            pub async fn create_session(
                &self,
                token_hash: &str,
                officer: &str,
                now: i64,
            ) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO sessions (token_hash, officer, created_at, last_seen_at)
                     VALUES ($1, $2, $3, $3)",
                )
                .bind(token_hash)
                .bind(officer)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            pub async fn session(
                &self,
                token_hash: &str,
                rules: SessionRules,
            ) -> Result<Option<Officer>, StoreError> {
                let row = sqlx::query(
                    "SELECT o.name, o.role, s.created_at, s.last_seen_at
                     FROM sessions s JOIN officers o ON o.name = s.officer
                     WHERE s.token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(self.reader())
                .await?;
                let Some(row) = row else {
                    return Ok(None);
                };
                let created_at: i64 = row.try_get(2)?;
                let last_seen_at: i64 = row.try_get(3)?;
                let role = Role::parse(&row.try_get::<String, _>(1)?);
                let live = rules.now - last_seen_at <= rules.idle
                    && rules.now - created_at <= rules.max
                    && rules.now >= created_at;
                let (true, Some(role)) = (live, role) else {
                    self.end_session(token_hash).await?;
                    return Ok(None);
                };
                // Touch at most once a minute: a read stays a read.
                if rules.now - last_seen_at >= 60 {
                    let mut tx = self.begin_write().await?;
                    sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1")
                        .bind(token_hash)
                        .bind(rules.now)
                        .execute(&mut *tx)
                        .await?;
                    tx.commit().await?;
                }
                Ok(Some(Officer {
                    name: row.try_get(0)?,
                    role,
                }))
            }

            pub async fn end_session(&self, token_hash: &str) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                    .bind(token_hash)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            pub async fn count_attempt(
                &self,
                key: &str,
                now: i64,
                window: i64,
            ) -> Result<(i64, i64), StoreError> {
                let mut tx = self.begin_write().await?;
                // Every expression in SET reads the row as it was.
                let row = sqlx::query(
                    "INSERT INTO sign_in_failures (key, failures, window_start) VALUES ($1, 1, $2)
                     ON CONFLICT (key) DO UPDATE SET
                         failures = CASE WHEN sign_in_failures.window_start <= $3
                             THEN 1 ELSE sign_in_failures.failures + 1 END,
                         window_start = CASE WHEN sign_in_failures.window_start <= $3
                             THEN $2 ELSE sign_in_failures.window_start END
                     RETURNING failures, window_start",
                )
                .bind(key)
                .bind(now)
                .bind(now - window)
                .fetch_one(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok((row.try_get(0)?, row.try_get(1)?))
            }

            pub async fn clear_attempts(&self, key: &str) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("DELETE FROM sign_in_failures WHERE key = $1")
                    .bind(key)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            pub async fn forgive_attempt(&self, key: &str) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "UPDATE sign_in_failures SET failures = failures - 1
                     WHERE key = $1 AND failures > 0",
                )
                .bind(key)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            pub async fn audit(&self, entry: &AuditEntry<'_>) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO audit (at, officer, action, record, client)
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(entry.at)
                .bind(entry.officer)
                .bind(entry.action)
                .bind(entry.record)
                .bind(entry.client)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            pub async fn audit_of(
                &self,
                record: &str,
            ) -> Result<Vec<(i64, String, String, String)>, StoreError> {
                let rows = sqlx::query(
                    "SELECT at, officer, action, client FROM audit WHERE record = $1 ORDER BY id",
                )
                .bind(record)
                .fetch_all(self.reader())
                .await?;
                rows.into_iter()
                    .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
                    .collect()
            }

            pub async fn ready(&self, server: &str, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO readiness (server, at) VALUES ($1, $2)
                     ON CONFLICT (server) DO UPDATE SET at = excluded.at",
                )
                .bind(server)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}

pub(crate) use shared_queries;
