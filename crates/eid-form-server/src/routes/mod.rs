//! The HTTP routes: the applicants' (`public.rs`), the officers'
//! (`officers.rs`), and the operators' (`ops.rs`). Every request first passes
//! the limits (a declared body over the limit is answered 413 at once; a body
//! must arrive within the body timeout; an answer within the handler timeout)
//! and is logged and measured without anything personal.

mod counter;
mod officers;
mod ops;
mod public;

use crate::config::{canonical, Config};
use crate::net::Peer;
use crate::store::{RefusedCell, Store, StoreError};
use axum::body::{Body, Bytes};
use axum::extract::{FromRequestParts, MatchedPath, Request, State as Extract};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use eid_form::{Date, Report};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde_json::json;
use std::collections::HashMap;
use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

pub use ops::metrics_app;

/// The largest body accepted (FORM.md's biggest application is a few KB).
pub const BODY_LIMIT: usize = 64 * 1024;

/// Only this origin's scripts and WebAssembly; no inline script, no eval.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
frame-ancestors 'none'; form-action 'self'";

pub struct State {
    pub config: Config,
    pub store: Arc<Store>,
    /// Refused submissions' issue codes not yet added to the store's counters.
    refusals: Mutex<HashMap<(i64, String, String), i64>>,
    /// Names this process in `/readyz`'s row.
    server_id: String,
    /// Password checks at once: argon2 is meant to be costly.
    verifying: tokio::sync::Semaphore,
    /// Verified against when the account does not exist, so both take as long.
    decoy_hash: String,
}

impl State {
    pub fn new(config: Config, store: Arc<Store>) -> Result<State, String> {
        let mut id = [0u8; 6];
        getrandom::fill(&mut id).map_err(|e| e.to_string())?;
        Ok(State {
            config,
            store,
            refusals: Mutex::new(HashMap::new()),
            server_id: format!("{}-{}", std::process::id(), crate::store::hex(&id)),
            verifying: tokio::sync::Semaphore::new(2),
            decoy_hash: crate::auth::hash_password("no account has this password")?,
        })
    }

    /// The reference date: fixed at start-up, or today in Vietnam.
    fn today(&self) -> Date {
        self.config
            .today
            .unwrap_or_else(|| Date::in_vietnam_at(unix_now()))
    }

    /// Counts a refused submission's codes, for the store's counters.
    fn count_refusal(&self, report: &Report) {
        let day = Date::in_vietnam_at(unix_now()).days_since_epoch();
        let mut refusals = self.refusals.lock().unwrap_or_else(|p| p.into_inner());
        for issue in &report.issues {
            *refusals
                .entry((day, report.locale.clone(), issue.code.as_str().to_string()))
                .or_default() += 1;
        }
    }

    /// Adds the counted refusals to the store (every few seconds, and at exit).
    pub async fn flush_refusals(&self) -> Result<(), StoreError> {
        let cells: Vec<RefusedCell> = {
            let mut refusals = self.refusals.lock().unwrap_or_else(|p| p.into_inner());
            refusals
                .drain()
                .map(|((day, locale, code), count)| RefusedCell {
                    day,
                    locale,
                    code,
                    count,
                })
                .collect()
        };
        if let Err(e) = self.store.add_refusals(&cells).await {
            // Keep them for the next flush.
            let mut refusals = self.refusals.lock().unwrap_or_else(|p| p.into_inner());
            for cell in cells {
                *refusals
                    .entry((cell.day, cell.locale, cell.code))
                    .or_default() += cell.count;
            }
            return Err(e);
        }
        Ok(())
    }

    /// The client's address: the peer, or what a trusted proxy says it forwarded.
    fn client(&self, request_peer: Option<Peer>, headers: &HeaderMap) -> IpAddr {
        let Some(Peer(peer)) = request_peer else {
            return IpAddr::from([0, 0, 0, 0]);
        };
        client_address(canonical(peer.ip()), headers, &self.config.trusted_proxies)
    }
}

/// The client's address as sign-in throttling and the audit record it
/// ([`State::client`]), taken from the request by the handlers that need it.
pub(crate) struct Client(pub String);

impl FromRequestParts<Arc<State>> for Client {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &Arc<State>) -> Result<Self, Infallible> {
        let peer = parts.extensions.get::<Peer>().copied();
        Ok(Client(state.client(peer, &parts.headers).to_string()))
    }
}

/// Walks `X-Forwarded-For` from the right while the hop that told us is
/// trusted; the first untrusted address is the client. An untrusted peer's
/// header is ignored.
pub fn client_address(
    peer: IpAddr,
    headers: &HeaderMap,
    trusted: &[crate::config::Network],
) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    let mut client = peer;
    if !is_trusted(client) {
        return client;
    }
    let hops: Vec<&str> = headers
        .get_all(HeaderName::from_static("x-forwarded-for"))
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    for hop in hops.iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(ip) => {
                client = canonical(ip);
                if !is_trusted(client) {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    client
}

pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// `YYYY-MM-DDTHH:MM:SSZ`.
pub fn timestamp(unix: i64) -> String {
    let day = Date::from_days_since_epoch(unix.div_euclid(86_400));
    let seconds = unix.rem_euclid(86_400);
    format!(
        "{day}T{:02}:{:02}:{:02}Z",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

pub fn app(state: Arc<State>) -> Router {
    let www = &state.config.www;
    let static_files = ServeDir::new(www)
        .append_index_html_on_directories(true)
        .not_found_service(ServeFile::new(www.join("404.html")));
    let mut router = Router::new()
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/api/today", get(public::today))
        .route("/api/check", post(public::check))
        .route("/api/applications", post(public::submit))
        .merge(officers::routes())
        .merge(counter::routes())
        .nest_service("/pkg", ServeDir::new(&state.config.pkg))
        .fallback_service(static_files);
    if !state.config.allowed_origins.is_empty() {
        let origins: Vec<HeaderValue> = state
            .config
            .allowed_origins
            .iter()
            .filter_map(|o| HeaderValue::from_str(o).ok())
            .collect();
        router = router.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(origins))
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([header::CONTENT_TYPE, header::ACCEPT_LANGUAGE]),
        );
    }
    let security_headers: [(HeaderName, &'static str); 6] = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), payment=()",
        ),
    ];
    for (name, value) in security_headers {
        router = router.layer(SetResponseHeaderLayer::overriding(
            name,
            HeaderValue::from_static(value),
        ));
    }
    router
        .layer(middleware::from_fn_with_state(Arc::clone(&state), limits))
        // A bug answers 500 and is logged; the connection and the server go on.
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .layer(middleware::from_fn(observe))
        .with_state(state)
}

/// Issue codes a handler found, for the request's log line.
#[derive(Clone)]
pub struct Codes(pub Vec<&'static str>);

/// One JSON log line and the metrics for each request: the route's pattern
/// (never the path with its values), the status, the time, issue codes.
async fn observe(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("static", |p| p.as_str())
        .to_string();
    let response = next.run(request).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    let codes = response
        .extensions()
        .get::<Codes>()
        .map(|c| c.0.join(","))
        .unwrap_or_default();
    metrics::counter!("eid_form_http_requests_total",
        "route" => route.clone(), "status" => status.to_string())
    .increment(1);
    metrics::histogram!("eid_form_http_request_duration_seconds", "route" => route.clone())
        .record(elapsed.as_secs_f64());
    tracing::info!(
        target: "request",
        method = %method,
        route = %route,
        status,
        ms = elapsed.as_secs_f64() * 1000.0,
        codes = %codes,
    );
    response
}

/// The body rules: a declared length over the limit is answered at once; a
/// body is read whole within the body timeout; the answer comes within the
/// handler timeout.
async fn limits(Extract(state): Extract<Arc<State>>, request: Request, next: Next) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > BODY_LIMIT as u64) {
        return too_large();
    }
    let (parts, body) = request.into_parts();
    let limits = state.config.limits;
    let bytes: Bytes =
        match tokio::time::timeout(limits.body, Limited::new(body, BODY_LIMIT).collect()).await {
            Err(_) => {
                return closing(
                    StatusCode::REQUEST_TIMEOUT,
                    "the body did not arrive in time",
                )
            }
            Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => return too_large(),
            Ok(Err(_)) => return closing(StatusCode::BAD_REQUEST, "the body could not be read"),
            Ok(Ok(collected)) => collected.to_bytes(),
        };
    let request = Request::from_parts(parts, Body::from(bytes));
    match tokio::time::timeout(limits.handler, next.run(request)).await {
        Ok(response) => response,
        Err(_) => closing(StatusCode::SERVICE_UNAVAILABLE, "the answer took too long"),
    }
}

fn too_large() -> Response {
    closing(
        StatusCode::PAYLOAD_TOO_LARGE,
        "the body is over 64 KiB; an application is a few KB",
    )
}

/// An error answer after which the connection closes (its body may be unread).
fn closing(status: StatusCode, message: &str) -> Response {
    let mut response = json_response(status, json!({ "error": message }).to_string());
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

pub fn json_response(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

fn error(status: StatusCode, message: &str) -> Response {
    json_response(status, json!({ "error": message }).to_string())
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"))
}

fn unsupported_type() -> Response {
    error(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "send JSON (Content-Type: application/json)",
    )
}

/// The store failed: logged without detail, counted, answered 503.
fn store_failed(e: &StoreError) -> Response {
    metrics::counter!("eid_form_store_errors_total").increment(1);
    tracing::error!(error = %e, "store call failed");
    error(
        StatusCode::SERVICE_UNAVAILABLE,
        "the store is unavailable; try again",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Network;

    #[test]
    fn forwarded_for_counts_only_from_trusted_proxies() {
        let trusted = [Network::parse("10.0.0.0/8").unwrap()];
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "1.2.3.4, 10.0.0.7".parse().unwrap());
        let lb: IpAddr = "10.0.0.1".parse().unwrap();
        let stranger: IpAddr = "5.6.7.8".parse().unwrap();
        assert_eq!(
            client_address(lb, &headers, &trusted),
            "1.2.3.4".parse::<IpAddr>().unwrap()
        );
        assert_eq!(client_address(stranger, &headers, &trusted), stranger);
        assert_eq!(client_address(lb, &headers, &[]), lb);
        headers.insert("x-forwarded-for", "garbage".parse().unwrap());
        assert_eq!(client_address(lb, &headers, &trusted), lb);
    }

    #[test]
    fn timestamps_are_utc() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(1_751_328_000), "2025-07-01T00:00:00Z");
    }
}
