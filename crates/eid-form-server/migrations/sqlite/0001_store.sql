-- The store's first schema (SQLite). Times are seconds since the epoch.
-- One row per person (issuing state and passport number); each submission is
-- a version of it. A version claims its phone number (claimed_phone) only while
-- it is current, and the unique index over claimed_phone is the rule
-- `phone-already-used` (FORM.md 1.1), held by the database for every process.
CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    passport TEXT NOT NULL UNIQUE,
    first_at INTEGER NOT NULL,
    newest_at INTEGER NOT NULL,
    -- Versions so far: the newest version's number (updating it serialises resubmissions).
    version_count INTEGER NOT NULL,
    received_at INTEGER,
    received_by TEXT
);
CREATE INDEX applications_newest_at ON applications (newest_at);

CREATE TABLE versions (
    reference TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('current', 'pending', 'earlier')),
    phone TEXT,
    claimed_phone TEXT,
    submitted_at INTEGER NOT NULL,
    locale TEXT NOT NULL,
    level INTEGER NOT NULL,
    application TEXT NOT NULL,
    report TEXT NOT NULL,
    made_current_at INTEGER,
    made_current_by TEXT,
    CHECK (claimed_phone IS NULL OR (state = 'current' AND claimed_phone = phone))
);
CREATE UNIQUE INDEX versions_claimed_phone ON versions (claimed_phone);
CREATE UNIQUE INDEX versions_one_current ON versions (application_id) WHERE state = 'current';
CREATE UNIQUE INDEX versions_application_seq ON versions (application_id, seq);
CREATE INDEX versions_submitted_at ON versions (submitted_at);

-- Issue codes of refused submissions: counters, nothing personal.
CREATE TABLE refusals (
    day INTEGER NOT NULL,
    locale TEXT NOT NULL,
    code TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, locale, code)
);

CREATE TABLE officers (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('desk', 'stats', 'admin')),
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- Only the SHA-256 of a sign-in token is kept: a copy of the table signs nobody in.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    officer TEXT NOT NULL REFERENCES officers (name) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_officer ON sessions (officer);

-- Failed sign-ins per account ('account:NAME') and per client ('client:ADDRESS').
CREATE TABLE sign_in_failures (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_start INTEGER NOT NULL
);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    officer TEXT NOT NULL,
    action TEXT NOT NULL,
    record TEXT NOT NULL,
    client TEXT NOT NULL
);
CREATE INDEX audit_record ON audit (record);

-- /readyz writes here to learn that the store takes writes.
CREATE TABLE readiness (
    server TEXT PRIMARY KEY,
    at INTEGER NOT NULL
);
