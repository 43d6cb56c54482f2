//! `eid-form-server`: the reference server. It re-checks every submission with
//! the same crate the browser runs, stores valid applications in an embedded
//! SQLite file, and serves the portal and kiosk pages (`www/`) and the npm
//! package (`pkg/`).
//!
//! Configuration (environment): `EID_FORM_DB` (default `eid-form.db`),
//! `EID_FORM_TODAY` (a fixed reference date, for tests and demos),
//! `EID_FORM_RETENTION_DAYS` (default 90), `EID_FORM_ADMIN_TOKEN` (enables the
//! officers' endpoints), `EID_FORM_ALLOWED_ORIGINS` (comma-separated CORS
//! allow-list, none by default), `EID_FORM_WWW` and `EID_FORM_PKG` (the folders
//! served, default `www` and `pkg`).

mod routes;
mod store;

use eid_form::Date;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

const USAGE: &str = "usage: eid-form-server [--addr HOST:PORT]   (default 127.0.0.1:8080)";

/// Everything the server is told at start-up.
pub struct Config {
    pub addr: SocketAddr,
    pub database: PathBuf,
    pub today: Option<Date>,
    pub retention_days: i64,
    pub admin_token: Option<String>,
    pub allowed_origins: Vec<String>,
    pub www: PathBuf,
    pub pkg: PathBuf,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn config() -> Result<Config, String> {
    let mut addr: SocketAddr = "127.0.0.1:8080".parse().expect("a valid default address");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--addr" => {
                let value = args.next().ok_or("--addr needs HOST:PORT")?;
                addr = value
                    .parse()
                    .map_err(|_| format!("--addr {value:?} is not HOST:PORT"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let today = match env("EID_FORM_TODAY") {
        Some(text) => Some(
            Date::parse(text.trim())
                .ok_or_else(|| format!("EID_FORM_TODAY={text:?} is not a real YYYY-MM-DD date"))?,
        ),
        None => None,
    };
    let retention_days = match env("EID_FORM_RETENTION_DAYS") {
        Some(text) => text
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|d| *d > 0)
            .ok_or_else(|| {
                format!("EID_FORM_RETENTION_DAYS={text:?} is not a positive number of days")
            })?,
        None => 90,
    };
    Ok(Config {
        addr,
        database: env("EID_FORM_DB").map_or_else(|| PathBuf::from("eid-form.db"), PathBuf::from),
        today,
        retention_days,
        admin_token: env("EID_FORM_ADMIN_TOKEN"),
        allowed_origins: env("EID_FORM_ALLOWED_ORIGINS")
            .map(|list| {
                list.split(',')
                    .map(|o| o.trim().to_string())
                    .filter(|o| !o.is_empty())
                    .collect()
            })
            .unwrap_or_default(),
        www: env("EID_FORM_WWW").map_or_else(|| PathBuf::from("www"), PathBuf::from),
        pkg: env("EID_FORM_PKG").map_or_else(|| PathBuf::from("pkg"), PathBuf::from),
    })
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let config = match config() {
        Ok(config) => config,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("eid-form-server: {message}");
            }
            eprintln!("{USAGE}");
            return std::process::ExitCode::from(2);
        }
    };
    let store = match store::Store::open(&config.database) {
        Ok(store) => Arc::new(store),
        Err(message) => {
            eprintln!("eid-form-server: {message}");
            return std::process::ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(config.addr).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("eid-form-server: cannot listen on {}: {e}", config.addr);
            return std::process::ExitCode::from(2);
        }
    };
    let local = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    // Tests and scripts read this line to learn the port.
    println!("eid-form-server listening on http://{local}");
    let retention = Duration::from_secs(config.retention_days as u64 * 86_400);
    let purge_store = Arc::clone(&store);
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(Duration::from_secs(3600));
        loop {
            every_hour.tick().await;
            let cutoff = routes::unix_now() - retention.as_secs() as i64;
            match purge_store.purge_before(cutoff) {
                Ok(0) => {}
                Ok(n) => eprintln!("eid-form-server: purged {n} records past retention"),
                Err(e) => eprintln!("eid-form-server: purge failed: {e}"),
            }
        }
    });
    let app = routes::app(Arc::new(routes::State::new(config, store)));
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
    {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eid-form-server: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
