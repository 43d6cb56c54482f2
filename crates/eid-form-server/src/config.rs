//! Everything the server is told at start-up, read from the environment and
//! checked before anything opens: a setting out of range stops the start with a
//! message, never a silent default (README "Deployment" lists them).

use eid_form::Date;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

/// Retention bounds in days: at least a day, at most a hundred years.
pub const RETENTION_DAYS: std::ops::RangeInclusive<u32> = 1..=36_500;

/// Where the applications live.
#[derive(Clone, Debug, PartialEq)]
pub enum Database {
    /// An SQLite file on a local disk (the embedded default).
    Sqlite(PathBuf),
    /// A PostgreSQL URL (`postgres://` or `postgresql://`).
    Postgres(String),
}

impl Database {
    /// Reads `EID_FORM_DB`. In-memory and URI forms of SQLite are refused: a
    /// store that forgets on restart would acknowledge what it then loses.
    pub fn parse(text: &str) -> Result<Database, String> {
        let text = text.trim();
        let lower = text.to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            return Ok(Database::Postgres(text.to_string()));
        }
        if lower.starts_with("file:") || lower.starts_with("sqlite:") {
            return Err(format!(
                "EID_FORM_DB={text:?}: URIs are not accepted; give a plain file path or a postgres:// URL"
            ));
        }
        if lower == ":memory:" || lower.is_empty() || lower.contains("mode=memory") {
            return Err(format!(
                "EID_FORM_DB={text:?}: an in-memory database loses every application on restart; give a file path"
            ));
        }
        Ok(Database::Sqlite(PathBuf::from(text)))
    }
}

/// An address or network allowed to speak for a client in `X-Forwarded-For`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Network {
    address: IpAddr,
    prefix: u8,
}

impl Network {
    pub fn parse(text: &str) -> Option<Network> {
        let (address, prefix) = match text.split_once('/') {
            Some((a, p)) => (
                a.trim().parse::<IpAddr>().ok()?,
                Some(p.trim().parse().ok()?),
            ),
            None => (text.trim().parse::<IpAddr>().ok()?, None),
        };
        let bits = if address.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(bits);
        (prefix <= bits).then_some(Network { address, prefix })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        match (self.address, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// An IPv4 address mapped into IPv6 reads as IPv4.
pub fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// How long and how much a client may take.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// From a connection's first byte (or the end of the previous answer) to a
    /// complete request head.
    pub header: Duration,
    /// To receive a whole request body.
    pub body: Duration,
    /// To answer once the body is in.
    pub handler: Duration,
    /// A connection with nothing in flight is closed after this.
    pub idle: Duration,
    /// Open connections at most; past it the oldest idle one is closed.
    pub connections: usize,
    /// On SIGTERM or SIGINT, how long in-flight requests may take to finish.
    pub shutdown: Duration,
}

pub struct Config {
    pub addr: SocketAddr,
    pub database: Database,
    /// A PostgreSQL read replica for officers' reads and statistics.
    pub replica: Option<String>,
    pub today: Option<Date>,
    pub retention_days: u32,
    pub allowed_origins: Vec<String>,
    pub www: PathBuf,
    pub pkg: PathBuf,
    pub trusted_proxies: Vec<Network>,
    /// `None` when set to `off`; `explicit` when the operator chose it.
    pub metrics_addr: Option<SocketAddr>,
    pub metrics_explicit: bool,
    pub limits: Limits,
    pub pool_size: u32,
    pub session_idle: Duration,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn number<T: std::str::FromStr + PartialOrd + std::fmt::Display + Copy>(
    name: &str,
    default: T,
    range: std::ops::RangeInclusive<T>,
) -> Result<T, String> {
    match env(name) {
        None => Ok(default),
        Some(text) => text
            .trim()
            .parse::<T>()
            .ok()
            .filter(|n| range.contains(n))
            .ok_or_else(|| {
                format!(
                    "{name}={text:?} is not a whole number from {} to {}",
                    range.start(),
                    range.end()
                )
            }),
    }
}

fn seconds(name: &str, default: u64, max: u64) -> Result<Duration, String> {
    number(name, default, 1..=max).map(Duration::from_secs)
}

/// The soft limit on open files, which bounds the connections we can hold.
fn open_file_limit() -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes into the struct we own and reads nothing else.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } == 0;
    if ok {
        limit.rlim_cur
    } else {
        1024
    }
}

/// Parses `--addr` and the environment.
pub fn from_env(args: &[String]) -> Result<Config, String> {
    let mut addr: SocketAddr = SocketAddr::from(([127, 0, 0, 1], 8080));
    let mut args = args.iter();
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
    if env("EID_FORM_ADMIN_TOKEN").is_some() {
        return Err(
            "EID_FORM_ADMIN_TOKEN is no longer read: officers sign in with their own \
             accounts (`eid-form-server officer add NAME --role admin`); unset it"
                .into(),
        );
    }
    let today = match env("EID_FORM_TODAY") {
        Some(text) => Some(
            Date::parse(text.trim())
                .ok_or_else(|| format!("EID_FORM_TODAY={text:?} is not a real YYYY-MM-DD date"))?,
        ),
        None => None,
    };
    let database = Database::parse(&env("EID_FORM_DB").unwrap_or_else(|| "eid-form.db".into()))?;
    let replica = match env("EID_FORM_DB_REPLICA") {
        None => None,
        Some(url) => match (Database::parse(&url)?, &database) {
            (Database::Postgres(url), Database::Postgres(_)) => Some(url),
            _ => {
                return Err(
                    "EID_FORM_DB_REPLICA is a postgres:// URL, with a postgres:// EID_FORM_DB"
                        .into(),
                )
            }
        },
    };
    let trusted_proxies = match env("EID_FORM_TRUSTED_PROXIES") {
        None => Vec::new(),
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| {
                Network::parse(p).ok_or_else(|| {
                    format!("EID_FORM_TRUSTED_PROXIES: {p:?} is not an address or ADDRESS/PREFIX")
                })
            })
            .collect::<Result<_, _>>()?,
    };
    let (metrics_addr, metrics_explicit) = match env("EID_FORM_METRICS_ADDR") {
        None => (Some(SocketAddr::from(([127, 0, 0, 1], 9464))), false),
        Some(text) if text.trim().eq_ignore_ascii_case("off") => (None, true),
        Some(text) => (
            Some(text.trim().parse().map_err(|_| {
                format!("EID_FORM_METRICS_ADDR={text:?} is not HOST:PORT (or off)")
            })?),
            true,
        ),
    };
    // Keep room under the file limit for the store, the log and the metrics.
    let fit = open_file_limit().saturating_sub(128).max(16);
    let connections = number(
        "EID_FORM_MAX_CONNECTIONS",
        fit.min(10_000) as usize,
        1..=1_000_000,
    )?;
    if connections as u64 > fit {
        return Err(format!(
            "EID_FORM_MAX_CONNECTIONS={connections} does not fit the open-file limit ({} files); raise `ulimit -n` or lower it",
            open_file_limit()
        ));
    }
    let limits = Limits {
        header: seconds("EID_FORM_HEADER_TIMEOUT", 10, 3600)?,
        body: seconds("EID_FORM_BODY_TIMEOUT", 30, 3600)?,
        handler: seconds("EID_FORM_HANDLER_TIMEOUT", 30, 3600)?,
        idle: seconds("EID_FORM_IDLE_TIMEOUT", 60, 86_400)?,
        connections,
        shutdown: seconds("EID_FORM_SHUTDOWN_TIMEOUT", 20, 3600)?,
    };
    Ok(Config {
        addr,
        database,
        replica,
        today,
        retention_days: number("EID_FORM_RETENTION_DAYS", 90, RETENTION_DAYS)?,
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
        trusted_proxies,
        metrics_addr,
        metrics_explicit,
        limits,
        pool_size: number("EID_FORM_DB_POOL", 16, 1..=1000)?,
        session_idle: Duration::from_secs(60 * number("EID_FORM_SESSION_MINUTES", 30, 1..=720)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_and_uri_databases_are_refused() {
        for bad in [
            ":memory:",
            "file::memory:?cache=shared",
            "file:x.db",
            "sqlite://x.db",
            " ",
        ] {
            assert!(Database::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Database::parse("data/eid.db"),
            Ok(Database::Sqlite("data/eid.db".into()))
        );
        assert!(matches!(
            Database::parse("postgres://u@127.0.0.1:5432/eid"),
            Ok(Database::Postgres(_))
        ));
    }

    #[test]
    fn networks_match_their_addresses_only() {
        let net = Network::parse("10.0.0.0/8").unwrap();
        assert!(net.contains("10.200.1.2".parse().unwrap()));
        assert!(net.contains("::ffff:10.1.1.1".parse().unwrap()));
        assert!(!net.contains("11.0.0.1".parse().unwrap()));
        let one = Network::parse("127.0.0.1").unwrap();
        assert!(one.contains("127.0.0.1".parse().unwrap()));
        assert!(!one.contains("127.0.0.2".parse().unwrap()));
        assert!(Network::parse("::1/128")
            .unwrap()
            .contains("::1".parse().unwrap()));
        assert!(Network::parse("10.0.0.0/33").is_none());
        assert!(Network::parse("0.0.0.0/0")
            .unwrap()
            .contains("8.8.8.8".parse().unwrap()));
    }
}
