//! `eid-form-server`: serves (the default), or manages officers' accounts:
//!
//! ```text
//! eid-form-server [--addr HOST:PORT]
//! eid-form-server officer add NAME --role desk|stats|admin [--password-stdin]
//! eid-form-server officer password NAME [--password-stdin]
//! eid-form-server officer list
//! eid-form-server officer remove NAME
//! ```
//!
//! Settings come from the environment (README "Deployment").

use eid_form_server::config::{self, Config};
use eid_form_server::routes::{self, unix_now};
use eid_form_server::store::{Role, Store};
use eid_form_server::{auth, net, telemetry};
use std::io::Read;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

const USAGE: &str = "usage: eid-form-server [--addr HOST:PORT]   (default 127.0.0.1:8080)
       eid-form-server officer add NAME --role desk|stats|admin [--password-stdin]
       eid-form-server officer password NAME [--password-stdin]
       eid-form-server officer list
       eid-form-server officer remove NAME";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("eid-form-server: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    if args.first().map(String::as_str) == Some("officer") {
        return runtime.block_on(officer_command(&args[1..]));
    }
    let config = match config::from_env(&args) {
        Ok(config) => config,
        Err(message) => return usage(&message),
    };
    let log_guard = telemetry::init_logging();
    let code = runtime.block_on(serve(config));
    drop(log_guard);
    code
}

fn usage(message: &str) -> ExitCode {
    if !message.is_empty() {
        eprintln!("eid-form-server: {message}");
    }
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

async fn serve(config: Config) -> ExitCode {
    let store = match Store::open_with_replica(
        &config.database,
        config.replica.as_deref(),
        config.pool_size,
    )
    .await
    {
        Ok(store) => Arc::new(store),
        Err(e) => {
            eprintln!("eid-form-server: cannot open the store: {e}");
            return ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(config.addr).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("eid-form-server: cannot listen on {}: {e}", config.addr);
            return ExitCode::from(2);
        }
    };
    let metrics_listener = match config.metrics_addr {
        None => None,
        Some(addr) => match tokio::net::TcpListener::bind(addr).await {
            Ok(listener) => Some(listener),
            Err(e) if config.metrics_explicit => {
                eprintln!("eid-form-server: cannot listen for metrics on {addr}: {e}");
                return ExitCode::from(2);
            }
            Err(e) => {
                tracing::warn!(%addr, error = %e, "metrics not served: the default address is taken");
                None
            }
        },
    };
    let limits = config.limits;
    let retention_days = config.retention_days;
    let state = match routes::State::new(config, Arc::clone(&store)) {
        Ok(state) => Arc::new(state),
        Err(e) => {
            eprintln!("eid-form-server: {e}");
            return ExitCode::FAILURE;
        }
    };
    let local = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    // Tests and scripts read this first line to learn the port.
    println!("eid-form-server listening on http://{local}");
    if let Some(listener) = metrics_listener {
        if let Some(handle) = telemetry::init_metrics() {
            let metrics_addr = listener
                .local_addr()
                .map(|a| a.to_string())
                .unwrap_or_default();
            println!("eid-form-server metrics on http://{metrics_addr}/metrics");
            let app = routes::metrics_app(handle, Arc::clone(&state));
            tokio::spawn(async move {
                let _ = axum::serve(listener, app).await;
            });
        }
    }
    tracing::info!(
        addr = %local,
        store = store.kind(),
        retention_days,
        max_connections = limits.connections,
        "serving"
    );
    let background = tokio::spawn(housekeeping(Arc::clone(&state), retention_days));
    let app = routes::app(Arc::clone(&state));
    let drained = net::serve(listener, app, limits, shutdown_signal()).await;
    background.abort();
    if let Err(e) = state.flush_refusals().await {
        tracing::error!(error = %e, "refusal counts not saved at exit");
    }
    store.close().await;
    tracing::info!(drained, "stopped");
    if drained {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Resolves on SIGTERM or SIGINT.
async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let (Ok(mut term), Ok(mut int)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) else {
        let _ = tokio::signal::ctrl_c().await;
        return;
    };
    let name = tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = int.recv() => "SIGINT",
    };
    tracing::info!(
        signal = name,
        "stopping: no new connections, finishing requests"
    );
}

/// Refusal counts every few seconds; the retention purge and old sessions hourly.
async fn housekeeping(state: Arc<routes::State>, retention_days: u32) {
    let retention = i64::from(retention_days) * 86_400;
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    let mut ticks: u64 = 0;
    loop {
        tick.tick().await;
        if let Err(e) = state.flush_refusals().await {
            tracing::error!(error = %e, "refusal counts not saved; kept for the next try");
        }
        if ticks % 720 == 0 {
            let now = unix_now();
            match state.store.purge_before(now - retention).await {
                Ok(Some(0)) => {}
                Ok(Some(n)) => tracing::info!(applications = n, "purged past retention"),
                Ok(None) => tracing::info!("purge skipped: another server holds the lock"),
                Err(e) => tracing::error!(error = %e, "purge failed"),
            }
            if let Err(e) = state.store.tidy(now - 86_400).await {
                tracing::error!(error = %e, "session tidy failed");
            }
        }
        ticks += 1;
    }
}

async fn officer_command(args: &[String]) -> ExitCode {
    let database = match std::env::var("EID_FORM_DB")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .map_or_else(
            || config::Database::parse("eid-form.db"),
            |v| config::Database::parse(&v),
        ) {
        Ok(database) => database,
        Err(message) => return usage(&message),
    };
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let from_stdin = words.contains(&"--password-stdin");
    let words: Vec<&str> = words
        .into_iter()
        .filter(|w| *w != "--password-stdin")
        .collect();
    let store = match Store::open(&database, 2).await {
        Ok(store) => store,
        Err(e) => {
            eprintln!("eid-form-server: cannot open the store: {e}");
            return ExitCode::from(2);
        }
    };
    let code = match words.as_slice() {
        ["add", name, "--role", role] | ["add", "--role", role, name] => {
            let Some(role) = Role::parse(role) else {
                return usage("--role is desk, stats or admin");
            };
            if !auth::valid_name(name) {
                return usage("a name is 1 to 64 letters, digits, dots, hyphens or underscores");
            }
            let Some((password, shown)) = password(from_stdin) else {
                return ExitCode::from(2);
            };
            let Ok(hash) = auth::hash_password(&password) else {
                return ExitCode::FAILURE;
            };
            match store.add_officer(name, role, &hash, unix_now()).await {
                Ok(true) => {
                    println!("officer {name} added with role {}", role.as_str());
                    if shown {
                        println!("password: {password}");
                    }
                    ExitCode::SUCCESS
                }
                Ok(false) => {
                    eprintln!("eid-form-server: an officer named {name} exists");
                    ExitCode::FAILURE
                }
                Err(e) => {
                    eprintln!("eid-form-server: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        ["password", name] => {
            let Some((password, shown)) = password(from_stdin) else {
                return ExitCode::from(2);
            };
            let Ok(hash) = auth::hash_password(&password) else {
                return ExitCode::FAILURE;
            };
            match store.update_officer(name, None, Some(&hash)).await {
                Ok(true) => {
                    let _ = store.clear_attempts(&format!("account:{name}")).await;
                    println!("officer {name}: new password set, sessions ended");
                    if shown {
                        println!("password: {password}");
                    }
                    ExitCode::SUCCESS
                }
                Ok(false) => {
                    eprintln!("eid-form-server: no officer named {name}");
                    ExitCode::FAILURE
                }
                Err(e) => {
                    eprintln!("eid-form-server: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        ["list"] => match store.officers().await {
            Ok(officers) => {
                for officer in officers {
                    println!("{}\t{}", officer.name, officer.role.as_str());
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("eid-form-server: {e}");
                ExitCode::FAILURE
            }
        },
        ["remove", name] => match store.remove_officer(name).await {
            Ok(true) => {
                println!("officer {name} removed");
                ExitCode::SUCCESS
            }
            Ok(false) => {
                eprintln!("eid-form-server: no officer named {name}");
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("eid-form-server: {e}");
                ExitCode::FAILURE
            }
        },
        _ => usage("unknown officer command"),
    };
    store.close().await;
    code
}

/// The password from standard input (first line), or a new random one to show.
fn password(from_stdin: bool) -> Option<(String, bool)> {
    if !from_stdin {
        return auth::new_password().ok().map(|p| (p, true));
    }
    let mut text = String::new();
    if std::io::stdin()
        .take(4096)
        .read_to_string(&mut text)
        .is_err()
    {
        eprintln!("eid-form-server: cannot read the password from standard input");
        return None;
    }
    let password = text.lines().next().unwrap_or("").to_string();
    if password.chars().count() < auth::MIN_PASSWORD {
        eprintln!(
            "eid-form-server: a password has at least {} characters",
            auth::MIN_PASSWORD
        );
        return None;
    }
    Some((password, false))
}
