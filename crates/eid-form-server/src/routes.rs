//! The HTTP routes. The server judges with the library's own `validate_json`,
//! on its own reference date (never the client's), and answers with the same
//! report JSON the browser computes.

use crate::store::{Claim, Store, Stored};
use crate::Config;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State as Extract};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use eid_form::{add_issue, validate_json, Date, Field, IssueCode, Options, Report};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

/// The largest body accepted (FORM.md's biggest application is a few KB).
pub const BODY_LIMIT: usize = 64 * 1024;

/// Only this origin's scripts and WebAssembly; no inline script, no eval.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
frame-ancestors 'none'; form-action 'self'";

/// Counts over both validating endpoints: nothing personal.
#[derive(Default)]
struct Stats {
    checked: u64,
    codes: BTreeMap<&'static str, u64>,
}

pub struct State {
    config: Config,
    store: Arc<Store>,
    stats: Mutex<Stats>,
    since: String,
}

impl State {
    pub fn new(config: Config, store: Arc<Store>) -> State {
        State {
            config,
            store,
            stats: Mutex::new(Stats::default()),
            since: timestamp(unix_now()),
        }
    }

    /// The reference date: fixed at start-up, or today in Vietnam.
    fn today(&self) -> Date {
        self.config
            .today
            .unwrap_or_else(|| Date::in_vietnam_at(unix_now()))
    }

    fn count(&self, report: &Report) {
        let mut stats = self.stats.lock().unwrap_or_else(|p| p.into_inner());
        stats.checked += 1;
        for issue in &report.issues {
            *stats.codes.entry(issue.code.as_str()).or_default() += 1;
        }
    }

    /// Counts an issue the store found after the report was counted.
    fn count_code(&self, code: IssueCode) {
        let mut stats = self.stats.lock().unwrap_or_else(|p| p.into_inner());
        *stats.codes.entry(code.as_str()).or_default() += 1;
    }
}

pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// `YYYY-MM-DDTHH:MM:SSZ`.
fn timestamp(unix: i64) -> String {
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
        .fallback(ServeFile::new(www.join("404.html")));
    let mut router = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/api/today", get(today))
        .route("/api/check", post(check))
        .route("/api/applications", post(submit))
        .route(
            "/api/applications/{id}",
            get(officer_get).delete(officer_delete),
        )
        .route("/api/stats", get(stats))
        .nest_service("/pkg", ServeDir::new(&state.config.pkg))
        .fallback_service(static_files)
        .layer(DefaultBodyLimit::max(BODY_LIMIT));
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
    router.with_state(state)
}

#[derive(Deserialize)]
struct LocaleQuery {
    locale: Option<String>,
}

/// `?locale=` first, else the preferred tag of `Accept-Language`, else `en`.
fn locale_of(query: &LocaleQuery, headers: &HeaderMap) -> String {
    if let Some(locale) = query.locale.as_ref().filter(|l| !l.is_empty()) {
        return locale.clone();
    }
    let header = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mut tags: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(order, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse().ok()))
                .unwrap_or(1.0);
            (!tag.is_empty() && tag != "*").then_some((quality, order, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.first()
        .map_or_else(|| "en".to_string(), |t| t.2.to_string())
}

fn json_response(status: StatusCode, body: String) -> Response {
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

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"))
}

fn store_unavailable() -> Response {
    json_response(
        StatusCode::SERVICE_UNAVAILABLE,
        json!({ "error": "the application could not be stored; try again" }).to_string(),
    )
}

fn unsupported_type() -> Response {
    json_response(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        json!({ "error": "send the application as JSON (Content-Type: application/json)" })
            .to_string(),
    )
}

/// Logs codes and counts only: never names, numbers or dates.
fn log(route: &str, status: StatusCode, report: &Report) {
    let codes: Vec<&str> = report.issues.iter().map(|i| i.code.as_str()).collect();
    eprintln!(
        "{route} {} issues={} codes=[{}]",
        status.as_u16(),
        codes.len(),
        codes.join(",")
    );
}

/// Validates a body the way both POST routes do.
fn judge(
    state: &State,
    query: &LocaleQuery,
    headers: &HeaderMap,
    body: &Bytes,
) -> (Options, Report) {
    let options = Options {
        today: Some(state.today()),
        locale: locale_of(query, headers),
        ..Options::default()
    };
    let report = match std::str::from_utf8(body) {
        Ok(text) => validate_json(text, &options),
        Err(_) => eid_form::invalid_json_report(&options),
    };
    state.count(&report);
    (options, report)
}

fn is_invalid_json(report: &Report) -> bool {
    report
        .issues
        .iter()
        .any(|i| i.code == IssueCode::InvalidJson)
}

async fn today(Extract(state): Extract<Arc<State>>) -> Response {
    json_response(
        StatusCode::OK,
        json!({ "today": state.today().to_string() }).to_string(),
    )
}

async fn check(
    Extract(state): Extract<Arc<State>>,
    Query(query): Query<LocaleQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !is_json(&headers) {
        return unsupported_type();
    }
    let (_, report) = judge(&state, &query, &headers, &body);
    let status = if is_invalid_json(&report) {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    log("POST /api/check", status, &report);
    json_response(status, report.to_json())
}

async fn submit(
    Extract(state): Extract<Arc<State>>,
    Query(query): Query<LocaleQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !is_json(&headers) {
        return unsupported_type();
    }
    let (options, mut report) = judge(&state, &query, &headers, &body);
    let status = if is_invalid_json(&report) {
        StatusCode::BAD_REQUEST
    } else if !report.valid {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        let normalized = report.normalized.to_value();
        let passport = format!(
            "{}:{}",
            normalized["applicant"]["passport"]["issuingState"]
                .as_str()
                .unwrap_or(""),
            normalized["applicant"]["passport"]["number"]
                .as_str()
                .unwrap_or("")
        );
        let own_phone = (normalized["contact"]["phoneOwner"] == "applicant")
            .then(|| normalized["contact"]["phone"].as_str().map(str::to_string))
            .flatten();
        let application = normalized.to_string();
        let report_json = report.to_json();
        let saved = blocking(&state.store, move |store| {
            let claim = Claim {
                passport: &passport,
                own_phone: own_phone.as_deref(),
            };
            store.save(&claim, unix_now(), &application, &report_json)
        })
        .await;
        match saved {
            Some(Stored::Saved { id }) => {
                log("POST /api/applications", StatusCode::CREATED, &report);
                let body = format!(
                    "{{\"id\":{},\"report\":{}}}",
                    Value::String(id),
                    report.to_json()
                );
                return json_response(StatusCode::CREATED, body);
            }
            Some(Stored::PhoneAlreadyUsed) => {
                add_issue(
                    &mut report,
                    Field::ContactPhone,
                    IssueCode::PhoneAlreadyUsed,
                    &options,
                );
                state.count_code(IssueCode::PhoneAlreadyUsed);
                StatusCode::CONFLICT
            }
            None => return store_unavailable(),
        }
    };
    log("POST /api/applications", status, &report);
    json_response(status, report.to_json())
}

/// The officers' endpoints: off without `EID_FORM_ADMIN_TOKEN`, else behind
/// `Authorization: Bearer <token>`.
/// Why an officer's request is refused.
enum Refused {
    /// No token configured: the endpoints do not exist.
    Off,
    Unauthorized,
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        match self {
            Refused::Off => StatusCode::NOT_FOUND.into_response(),
            Refused::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
            )
                .into_response(),
        }
    }
}

fn officer(state: &State, headers: &HeaderMap) -> Result<(), Refused> {
    let Some(token) = &state.config.admin_token else {
        return Err(Refused::Off);
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    let same = given.len() == token.len()
        && given
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    if same {
        Ok(())
    } else {
        Err(Refused::Unauthorized)
    }
}

/// Runs a store call off the async threads; `None` when the store failed.
async fn blocking<T: Send + 'static>(
    store: &Arc<Store>,
    call: impl FnOnce(&Store) -> Result<T, String> + Send + 'static,
) -> Option<T> {
    let store = Arc::clone(store);
    match tokio::task::spawn_blocking(move || call(&store)).await {
        Ok(Ok(value)) => Some(value),
        Ok(Err(e)) => {
            // SQLite's own message: it names no applicant.
            eprintln!("store error: {e}");
            None
        }
        Err(e) => {
            eprintln!("store task failed: {e}");
            None
        }
    }
}

async fn officer_get(
    Extract(state): Extract<Arc<State>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Err(refused) = officer(&state, &headers) {
        return refused.into_response();
    }
    match blocking(&state.store, move |store| store.get(&id)).await {
        Some(Some(record)) => {
            let application: Value =
                serde_json::from_str(&record.application).unwrap_or(Value::Null);
            let report: Value = serde_json::from_str(&record.report).unwrap_or(Value::Null);
            let body = json!({
                "id": record.id,
                "storedAt": timestamp(record.created_at),
                "application": application,
                "report": report,
            });
            json_response(StatusCode::OK, body.to_string())
        }
        Some(None) => StatusCode::NOT_FOUND.into_response(),
        None => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

async fn officer_delete(
    Extract(state): Extract<Arc<State>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Err(refused) = officer(&state, &headers) {
        return refused.into_response();
    }
    match blocking(&state.store, move |store| store.delete(&id)).await {
        Some(true) => StatusCode::NO_CONTENT.into_response(),
        Some(false) => StatusCode::NOT_FOUND.into_response(),
        None => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

async fn stats(Extract(state): Extract<Arc<State>>) -> Response {
    let stored = blocking(&state.store, Store::count).await.unwrap_or(0);
    let stats = state.stats.lock().unwrap_or_else(|p| p.into_inner());
    let body = json!({
        "since": state.since,
        "checked": stats.checked,
        "stored": stored,
        "codes": stats.codes,
    });
    json_response(StatusCode::OK, body.to_string())
}
