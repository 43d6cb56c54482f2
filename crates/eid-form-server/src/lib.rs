//! `eid-form-server`: the reference server. It re-checks every submission with
//! the same crate the browser runs, stores valid applications as versions
//! (SQLite embedded, or PostgreSQL for a fleet), serves the portal and kiosk
//! pages and the officers' endpoints. README "The server" and "Deployment"
//! describe the routes and settings.

pub mod auth;
pub mod charts;
pub mod config;
pub mod net;
pub mod routes;
pub mod store;
pub mod telemetry;
