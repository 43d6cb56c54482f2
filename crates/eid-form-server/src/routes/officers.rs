//! The officers' routes, behind a sign-in. An account has a role: `stats`
//! (aggregates only), `desk` (also reads applications, makes a pending version
//! current, marks received) or `admin` (also deletes applications and manages
//! accounts). Signing in sets a short-lived HttpOnly, SameSite=Strict cookie
//! whose token the store keeps (hashed), so it is valid on every server of the
//! fleet. Every read, change and delete of an application is audited: a row in
//! the store and a log line, naming the officer; no audit, no answer.

use super::public::passport_key;
use super::{
    error, is_json, json_response, store_failed, timestamp, unix_now, unsupported_type, Client,
    State,
};
use crate::auth;
use crate::store::{Application, AuditEntry, MadeCurrent, Officer, Read, Role, SessionRules};
use axum::extract::{FromRequestParts, Path, State as Extract};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use eid_form::localization::is_right_to_left;
use eid_form::{validate, validate_json, Date, Options};

/// The desk reads every application in Vietnamese first.
const OFFICIAL_LOCALE: &str = "vi";
use serde::Deserialize;
use serde_json::{json, Value};
use std::marker::PhantomData;
use std::sync::Arc;

const COOKIE: &str = "eid_officer";
/// A sign-in ends after this long whatever the use (a working day); before
/// that, after `EID_FORM_SESSION_MINUTES` without use.
const SESSION_MAX: i64 = 8 * 3600;

pub fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/api/session", get(whoami).post(sign_in).delete(sign_out))
        .route("/api/stats", get(super::ops::stats))
        .route("/api/applications/search", post(search))
        .route("/api/applications/{reference}", get(read).delete(delete))
        .route("/api/applications/{reference}/current", post(make_current))
        .route("/api/applications/{reference}/received", post(received))
        .route("/api/applications/{reference}/audit", get(audit_trail))
        .route("/api/officers", get(list_officers).post(add_officer))
        .route(
            "/api/officers/{name}",
            axum::routing::patch(update_officer).delete(remove_officer),
        )
}

fn cookie_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value)
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The role a route needs, as a type, so a handler says it in its signature.
pub(super) trait Needs {
    const ROLE: Role;
}

/// Marker types for [`Needs`]: the roles routes ask for.
pub(super) mod needs {
    use super::{Needs, Role};
    pub struct Desk;
    pub struct Stats;
    pub struct Admin;
    impl Needs for Desk {
        const ROLE: Role = Role::Desk;
    }
    impl Needs for Stats {
        const ROLE: Role = Role::Stats;
    }
    impl Needs for Admin {
        const ROLE: Role = Role::Admin;
    }
}

/// The signed-in officer, with at least the role `R` names. A handler that
/// takes it runs only for such an officer; anyone else gets the 401 or 403
/// [`officer`] answers, before the body is read.
pub(super) struct SignedIn<R>(pub Officer, pub PhantomData<R>);

impl<R: Needs> FromRequestParts<Arc<State>> for SignedIn<R> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &Arc<State>) -> Result<Self, Response> {
        officer(state, &parts.headers, R::ROLE)
            .await
            .map(|o| SignedIn(o, PhantomData))
    }
}

/// The signed-in officer, if their role reaches `needed`; else the answer.
pub(super) async fn officer(
    state: &State,
    headers: &HeaderMap,
    needed: Role,
) -> Result<Officer, Response> {
    let Some(token) = cookie_token(headers) else {
        return Err(error(StatusCode::UNAUTHORIZED, "sign in first"));
    };
    let rules = SessionRules {
        now: unix_now(),
        idle: state.config.session_idle.as_secs() as i64,
        max: SESSION_MAX,
    };
    match state.store.session(&auth::token_hash(token), rules).await {
        Err(e) => Err(store_failed(&e)),
        Ok(None) => Err(error(
            StatusCode::UNAUTHORIZED,
            "the sign-in has ended; sign in again",
        )),
        Ok(Some(officer)) if officer.role < needed => Err(error(
            StatusCode::FORBIDDEN,
            &format!("this needs the {} role", needed.as_str()),
        )),
        Ok(Some(officer)) => Ok(officer),
    }
}

/// Writes the audit row and line; the answer waits for it.
pub(super) async fn audit(
    state: &State,
    officer: &Officer,
    action: &str,
    record: &str,
    client: &str,
) -> Result<(), Response> {
    let at = unix_now();
    state
        .store
        .audit(&AuditEntry {
            at,
            officer: &officer.name,
            action,
            record,
            client,
        })
        .await
        .map_err(|e| store_failed(&e))?;
    tracing::info!(
        target: "audit",
        at = %timestamp(at),
        officer = %officer.name,
        action,
        record,
        client,
    );
    Ok(())
}

#[derive(Deserialize)]
struct SignIn {
    name: String,
    password: String,
}

async fn sign_in(
    Extract(state): Extract<Arc<State>>,
    Client(client): Client,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    if !is_json(&headers) {
        return unsupported_type();
    }
    let Ok(SignIn { name, password }) = serde_json::from_slice::<SignIn>(&body) else {
        return error(StatusCode::BAD_REQUEST, "send { \"name\", \"password\" }");
    };
    let now = unix_now();
    let account_key = format!("account:{}", name.chars().take(64).collect::<String>());
    let client_key = format!("client:{client}");
    // Counted before judging, so parallel guesses cannot slip in under the count.
    let counted = async {
        let account = state
            .store
            .count_attempt(&account_key, now, auth::WINDOW)
            .await?;
        let client = state
            .store
            .count_attempt(&client_key, now, auth::WINDOW)
            .await?;
        Ok::<_, crate::store::StoreError>((account, client))
    };
    let ((account_attempts, account_since), (client_attempts, client_since)) = match counted.await {
        Ok(counts) => counts,
        Err(e) => return store_failed(&e),
    };
    if account_attempts > auth::ACCOUNT_LIMIT || client_attempts > auth::CLIENT_LIMIT {
        let ends = if account_attempts > auth::ACCOUNT_LIMIT {
            account_since
        } else {
            client_since
        } + auth::WINDOW;
        metrics::counter!("eid_form_sign_ins_total", "outcome" => "refused").increment(1);
        tracing::warn!(target: "audit", officer = %name_for_log(&name), client = %client, action = "sign-in-refused");
        let mut response = error(
            StatusCode::TOO_MANY_REQUESTS,
            "too many failed sign-ins; wait and try again",
        );
        if let Ok(value) = HeaderValue::from_str(&(ends - now).max(1).to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return response;
    }
    tokio::time::sleep(auth::delay(account_attempts.max(client_attempts))).await;
    let secret = match state.store.officer_secret(&name).await {
        Ok(secret) => secret,
        Err(e) => return store_failed(&e),
    };
    let (role, hash) = match &secret {
        Some((role, hash)) => (Some(*role), hash.clone()),
        None => (None, state.decoy_hash.clone()),
    };
    let Ok(_slot) = state.verifying.acquire().await else {
        return error(StatusCode::SERVICE_UNAVAILABLE, "shutting down");
    };
    let verified = tokio::task::spawn_blocking(move || auth::verify_password(&hash, &password))
        .await
        .unwrap_or(false);
    let Some(role) = role.filter(|_| verified) else {
        metrics::counter!("eid_form_sign_ins_total", "outcome" => "failed").increment(1);
        tracing::warn!(target: "audit", officer = %name_for_log(&name), client = %client, action = "sign-in-failed");
        return error(StatusCode::UNAUTHORIZED, "wrong name or password");
    };
    let cleared = async {
        state.store.clear_attempts(&account_key).await?;
        state.store.forgive_attempt(&client_key).await
    };
    if let Err(e) = cleared.await {
        return store_failed(&e);
    }
    let Ok(token) = auth::new_token() else {
        return error(StatusCode::SERVICE_UNAVAILABLE, "no randomness");
    };
    if let Err(e) = state
        .store
        .create_session(&auth::token_hash(&token), &name, now)
        .await
    {
        return store_failed(&e);
    }
    metrics::counter!("eid_form_sign_ins_total", "outcome" => "signed-in").increment(1);
    tracing::info!(target: "audit", officer = %name, client = %client, action = "sign-in");
    let secure = if over_tls(&state, &headers) {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={SESSION_MAX}{secure}"
    );
    let mut response = json_response(
        StatusCode::OK,
        json!({ "name": name, "role": role.as_str() }).to_string(),
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// A name someone typed, as it may appear in a log: only account-name characters.
fn name_for_log(name: &str) -> String {
    if auth::valid_name(name) {
        name.to_string()
    } else {
        "(not an account name)".to_string()
    }
}

/// TLS ends at the load balancer: a trusted proxy says so in `X-Forwarded-Proto`.
fn over_tls(state: &State, headers: &HeaderMap) -> bool {
    !state.config.trusted_proxies.is_empty()
        && headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("https"))
}

async fn whoami(SignedIn(o, _): SignedIn<needs::Stats>) -> Response {
    json_response(
        StatusCode::OK,
        json!({ "name": o.name, "role": o.role.as_str() }).to_string(),
    )
}

async fn sign_out(Extract(state): Extract<Arc<State>>, headers: HeaderMap) -> Response {
    if let Some(token) = cookie_token(&headers) {
        if let Err(e) = state.store.end_session(&auth::token_hash(token)).await {
            return store_failed(&e);
        }
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("eid_officer=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"),
    );
    response
}

/// An application as officers see it: the person's passport, when it was
/// received, and every version with its state, oldest first. Each version is
/// also judged again on `today` (`recheck`, in Vietnamese and in the version's
/// own locale), so a document that expired since submission shows at the desk.
fn application_json(application: &Application, today: Date) -> Value {
    let (issuing_state, number) = application
        .passport
        .split_once(':')
        .unwrap_or(("", &application.passport));
    let versions: Vec<Value> = application
        .versions
        .iter()
        .map(|v| {
            json!({
                "reference": v.reference,
                "state": v.state.as_str(),
                "submittedAt": timestamp(v.submitted_at),
                "locale": v.locale,
                "level": v.level,
                "madeCurrentAt": v.made_current_at.map(timestamp),
                "madeCurrentBy": v.made_current_by,
                "application": serde_json::from_str::<Value>(&v.application).unwrap_or(Value::Null),
                "report": serde_json::from_str::<Value>(&v.report).unwrap_or(Value::Null),
                "recheck": recheck(&v.application, &v.locale, today),
            })
        })
        .collect();
    json!({
        "id": application.id,
        "passport": { "issuingState": issuing_state, "number": number },
        "firstSubmittedAt": timestamp(application.first_at),
        "newestSubmittedAt": timestamp(application.newest_at),
        "receivedAt": application.received_at.map(timestamp),
        "receivedBy": application.received_by,
        "checkedOn": today.to_string(),
        "versions": versions,
    })
}

/// A stored version judged on `today`: `{ "vi": report, "<its locale>": report }`
/// (one entry when it was filed in Vietnamese); right-to-left locales isolated.
fn recheck(application: &str, locale: &str, today: Date) -> Value {
    let mut reports = serde_json::Map::new();
    for tag in [OFFICIAL_LOCALE, locale] {
        let options = Options {
            today: Some(today),
            locale: tag.to_string(),
            isolating: is_right_to_left(tag),
            ..Options::default()
        };
        let report = validate_json(application, &options);
        reports.insert(
            tag.to_string(),
            serde_json::from_str(&report.to_json()).unwrap_or(Value::Null),
        );
    }
    Value::Object(reports)
}

/// Reads the application holding `reference`, audits the read, answers it.
/// After a change the read goes to the primary, so the change is in it.
async fn answer_application(
    state: &State,
    officer: &Officer,
    action: &str,
    reference: &str,
    client: &str,
    read: Read,
) -> Response {
    let application = match state.store.by_reference(reference, read).await {
        Ok(Some(application)) => application,
        Ok(None) => return error(StatusCode::NOT_FOUND, "no application has this reference"),
        Err(e) => return store_failed(&e),
    };
    if let Err(refused) = audit(state, officer, action, &application.id, client).await {
        return refused;
    }
    json_response(
        StatusCode::OK,
        application_json(&application, state.today()).to_string(),
    )
}

async fn read(
    Extract(state): Extract<Arc<State>>,
    SignedIn(officer, _): SignedIn<needs::Desk>,
    Path(reference): Path<String>,
    Client(client): Client,
) -> Response {
    answer_application(&state, &officer, "read", &reference, &client, Read::Replica).await
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Search {
    issuing_state: String,
    passport_number: String,
}

/// Finds by issuing state and passport number, normalized as the form does
/// (in the body, so the number stays out of URLs and access logs).
async fn search(
    Extract(state): Extract<Arc<State>>,
    SignedIn(officer, _): SignedIn<needs::Desk>,
    Client(client): Client,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    if !is_json(&headers) {
        return unsupported_type();
    }
    let Ok(query) = serde_json::from_slice::<Search>(&body) else {
        return error(
            StatusCode::BAD_REQUEST,
            "send { \"issuingState\", \"passportNumber\" }",
        );
    };
    let probe = json!({ "applicant": { "passport": {
        "issuingState": query.issuing_state, "number": query.passport_number } } });
    let normalized = validate(&probe, &Options::default()).normalized.to_value();
    let passport = &normalized["applicant"]["passport"];
    let key = passport_key(
        passport["issuingState"].as_str().unwrap_or(""),
        passport["number"].as_str().unwrap_or(""),
    );
    match state.store.by_passport(&key, Read::Replica).await {
        Ok(Some(application)) => {
            if let Err(refused) = audit(&state, &officer, "search", &application.id, &client).await
            {
                return refused;
            }
            json_response(
                StatusCode::OK,
                application_json(&application, state.today()).to_string(),
            )
        }
        Ok(None) => {
            if let Err(refused) = audit(&state, &officer, "search", "none", &client).await {
                return refused;
            }
            error(StatusCode::NOT_FOUND, "no application for this passport")
        }
        Err(e) => store_failed(&e),
    }
}

async fn make_current(
    Extract(state): Extract<Arc<State>>,
    SignedIn(officer, _): SignedIn<needs::Desk>,
    Path(reference): Path<String>,
    Client(client): Client,
) -> Response {
    match state
        .store
        .make_current(&reference, &officer.name, unix_now())
        .await
    {
        Ok(MadeCurrent::Done) => {
            answer_application(
                &state,
                &officer,
                "make-current",
                &reference,
                &client,
                Read::Primary,
            )
            .await
        }
        Ok(MadeCurrent::NotFound) => {
            error(StatusCode::NOT_FOUND, "no application has this reference")
        }
        Ok(MadeCurrent::NotPending) => json_response(
            StatusCode::CONFLICT,
            json!({ "error": "this version is not pending", "code": "not-pending" }).to_string(),
        ),
        Ok(MadeCurrent::PhoneAlreadyUsed) => json_response(
            StatusCode::CONFLICT,
            json!({
                "error": "another person's current application claims this version's number",
                "code": "phone-already-used",
            })
            .to_string(),
        ),
        Err(e) => store_failed(&e),
    }
}

async fn received(
    Extract(state): Extract<Arc<State>>,
    SignedIn(officer, _): SignedIn<needs::Desk>,
    Path(reference): Path<String>,
    Client(client): Client,
) -> Response {
    match state
        .store
        .mark_received(&reference, &officer.name, unix_now())
        .await
    {
        Ok(true) => {
            answer_application(
                &state,
                &officer,
                "received",
                &reference,
                &client,
                Read::Primary,
            )
            .await
        }
        Ok(false) => error(StatusCode::NOT_FOUND, "no application has this reference"),
        Err(e) => store_failed(&e),
    }
}

async fn delete(
    Extract(state): Extract<Arc<State>>,
    SignedIn(officer, _): SignedIn<needs::Admin>,
    Path(reference): Path<String>,
    Client(client): Client,
) -> Response {
    let id = match state.store.by_reference(&reference, Read::Primary).await {
        Ok(Some(application)) => application.id,
        Ok(None) => return error(StatusCode::NOT_FOUND, "no application has this reference"),
        Err(e) => return store_failed(&e),
    };
    if let Err(refused) = audit(&state, &officer, "delete", &id, &client).await {
        return refused;
    }
    match state.store.delete(&reference).await {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        Ok(false) => error(StatusCode::NOT_FOUND, "no application has this reference"),
        Err(e) => store_failed(&e),
    }
}

async fn audit_trail(
    Extract(state): Extract<Arc<State>>,
    _: SignedIn<needs::Admin>,
    Path(reference): Path<String>,
) -> Response {
    let id = match state.store.by_reference(&reference, Read::Primary).await {
        Ok(Some(application)) => application.id,
        Ok(None) => reference,
        Err(e) => return store_failed(&e),
    };
    match state.store.audit_of(&id).await {
        Ok(lines) => {
            let lines: Vec<Value> = lines
                .into_iter()
                .map(|(at, officer, action, client)| {
                    json!({ "at": timestamp(at), "officer": officer, "action": action, "client": client })
                })
                .collect();
            json_response(
                StatusCode::OK,
                json!({ "record": id, "audit": lines }).to_string(),
            )
        }
        Err(e) => store_failed(&e),
    }
}

async fn list_officers(Extract(state): Extract<Arc<State>>, _: SignedIn<needs::Admin>) -> Response {
    match state.store.officers().await {
        Ok(officers) => {
            let list: Vec<Value> = officers
                .iter()
                .map(|o| json!({ "name": o.name, "role": o.role.as_str() }))
                .collect();
            json_response(StatusCode::OK, json!({ "officers": list }).to_string())
        }
        Err(e) => store_failed(&e),
    }
}

#[derive(Deserialize)]
struct NewOfficer {
    name: String,
    role: String,
    password: String,
}

async fn hash(password: String) -> Result<String, Response> {
    if password.chars().count() < auth::MIN_PASSWORD {
        return Err(error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "a password has at least 12 characters",
        ));
    }
    tokio::task::spawn_blocking(move || auth::hash_password(&password))
        .await
        .map_err(|_| error(StatusCode::SERVICE_UNAVAILABLE, "hashing failed"))?
        .map_err(|_| error(StatusCode::SERVICE_UNAVAILABLE, "hashing failed"))
}

async fn add_officer(
    Extract(state): Extract<Arc<State>>,
    SignedIn(admin, _): SignedIn<needs::Admin>,
    Client(client): Client,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    if !is_json(&headers) {
        return unsupported_type();
    }
    let Ok(new) = serde_json::from_slice::<NewOfficer>(&body) else {
        return error(
            StatusCode::BAD_REQUEST,
            "send { \"name\", \"role\", \"password\" }",
        );
    };
    let Some(role) = Role::parse(&new.role) else {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "role is desk, stats or admin",
        );
    };
    if !auth::valid_name(&new.name) {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "a name is 1 to 64 letters, digits, dots, hyphens or underscores",
        );
    }
    let hash = match hash(new.password).await {
        Ok(hash) => hash,
        Err(refused) => return refused,
    };
    match state
        .store
        .add_officer(&new.name, role, &hash, unix_now())
        .await
    {
        Ok(true) => {
            tracing::info!(target: "audit", officer = %admin.name, action = "add-officer", record = %new.name, client = %client);
            json_response(
                StatusCode::CREATED,
                json!({ "name": new.name, "role": role.as_str() }).to_string(),
            )
        }
        Ok(false) => error(StatusCode::CONFLICT, "an officer has this name"),
        Err(e) => store_failed(&e),
    }
}

#[derive(Deserialize)]
struct OfficerChange {
    role: Option<String>,
    password: Option<String>,
}

async fn update_officer(
    Extract(state): Extract<Arc<State>>,
    SignedIn(admin, _): SignedIn<needs::Admin>,
    Path(name): Path<String>,
    Client(client): Client,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    if !is_json(&headers) {
        return unsupported_type();
    }
    let Ok(change) = serde_json::from_slice::<OfficerChange>(&body) else {
        return error(StatusCode::BAD_REQUEST, "send { \"role\"?, \"password\"? }");
    };
    let role = match change.role.as_deref().map(Role::parse) {
        Some(None) => {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "role is desk, stats or admin",
            )
        }
        Some(role) => role,
        None => None,
    };
    let hash = match change.password {
        Some(password) => match hash(password).await {
            Ok(hash) => Some(hash),
            Err(refused) => return refused,
        },
        None => None,
    };
    match state
        .store
        .update_officer(&name, role, hash.as_deref())
        .await
    {
        Ok(true) => {
            if hash.is_some() {
                if let Err(e) = state.store.clear_attempts(&format!("account:{name}")).await {
                    return store_failed(&e);
                }
            }
            tracing::info!(target: "audit", officer = %admin.name, action = "update-officer", record = %name, client = %client);
            StatusCode::NO_CONTENT.into_response()
        }
        Ok(false) => error(StatusCode::NOT_FOUND, "no officer has this name"),
        Err(e) => store_failed(&e),
    }
}

async fn remove_officer(
    Extract(state): Extract<Arc<State>>,
    SignedIn(admin, _): SignedIn<needs::Admin>,
    Path(name): Path<String>,
    Client(client): Client,
) -> Response {
    if admin.name == name {
        return error(
            StatusCode::CONFLICT,
            "an admin cannot remove their own account",
        );
    }
    match state.store.remove_officer(&name).await {
        Ok(true) => {
            tracing::info!(target: "audit", officer = %admin.name, action = "remove-officer", record = %name, client = %client);
            StatusCode::NO_CONTENT.into_response()
        }
        Ok(false) => error(StatusCode::NOT_FOUND, "no officer has this name"),
        Err(e) => store_failed(&e),
    }
}
