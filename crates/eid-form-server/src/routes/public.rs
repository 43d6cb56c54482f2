//! The applicants' routes. The server judges with the library's own
//! `validate_json`, on its own reference date (never the client's), and
//! answers with the same report JSON the browser computes.

use super::{is_json, json_response, store_failed, unix_now, unsupported_type, Codes, State};
use crate::store::{Submission, Submitted};
use axum::body::Bytes;
use axum::extract::{Query, State as Extract};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use eid_form::{add_issue, validate_json, Field, IssueCode, Options, Report};
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;

#[derive(Deserialize)]
pub struct LocaleQuery {
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

/// Validates a body the way both POST routes do, and counts it.
fn judge(
    state: &State,
    route: &'static str,
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
    let verdict = if is_invalid_json(&report) {
        "invalid-json"
    } else if report.valid {
        "valid"
    } else {
        "invalid"
    };
    metrics::counter!("eid_form_checks_total", "route" => route, "verdict" => verdict).increment(1);
    for issue in &report.issues {
        metrics::counter!("eid_form_issues_total", "code" => issue.code.as_str()).increment(1);
    }
    (options, report)
}

fn is_invalid_json(report: &Report) -> bool {
    report
        .issues
        .iter()
        .any(|i| i.code == IssueCode::InvalidJson)
}

fn with_codes(mut response: Response, report: &Report) -> Response {
    response.extensions_mut().insert(Codes(
        report.issues.iter().map(|i| i.code.as_str()).collect(),
    ));
    response
}

pub async fn today(Extract(state): Extract<Arc<State>>) -> Response {
    json_response(
        StatusCode::OK,
        json!({ "today": state.today().to_string() }).to_string(),
    )
}

pub async fn check(
    Extract(state): Extract<Arc<State>>,
    Query(query): Query<LocaleQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !is_json(&headers) {
        return unsupported_type();
    }
    let (_, report) = judge(&state, "/api/check", &query, &headers, &body);
    let status = if is_invalid_json(&report) {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    with_codes(json_response(status, report.to_json()), &report)
}

pub async fn submit(
    Extract(state): Extract<Arc<State>>,
    Query(query): Query<LocaleQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !is_json(&headers) {
        return unsupported_type();
    }
    let (options, mut report) = judge(&state, "/api/applications", &query, &headers, &body);
    let status = if is_invalid_json(&report) {
        StatusCode::BAD_REQUEST
    } else if !report.valid {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        let normalized = report.normalized.to_value();
        let passport = passport_key(
            normalized["applicant"]["passport"]["issuingState"]
                .as_str()
                .unwrap_or(""),
            normalized["applicant"]["passport"]["number"]
                .as_str()
                .unwrap_or(""),
        );
        let own_phone = (normalized["contact"]["phoneOwner"] == "applicant")
            .then(|| normalized["contact"]["phone"].as_str())
            .flatten();
        let application = normalized.to_string();
        let report_json = report.to_json();
        let submission = Submission {
            passport: &passport,
            own_phone,
            submitted_at: unix_now(),
            locale: &report.locale,
            level: normalized["level"].as_i64().unwrap_or(0),
            application: &application,
            report: &report_json,
        };
        match state.store.submit(&submission).await {
            Ok(Submitted::Current { reference }) => return created(reference, false, &report),
            Ok(Submitted::Pending { reference }) => return created(reference, true, &report),
            Ok(Submitted::PhoneAlreadyUsed) => {
                add_issue(
                    &mut report,
                    Field::ContactPhone,
                    IssueCode::PhoneAlreadyUsed,
                    &options,
                );
                metrics::counter!("eid_form_issues_total", "code" => IssueCode::PhoneAlreadyUsed.as_str())
                    .increment(1);
                StatusCode::CONFLICT
            }
            Err(e) => return store_failed(&e),
        }
    };
    state.count_refusal(&report);
    with_codes(json_response(status, report.to_json()), &report)
}

/// 201 with this submission's own reference (never another version's).
fn created(reference: String, pending: bool, report: &Report) -> Response {
    let body = format!(
        "{{\"id\":{},\"pending\":{pending},\"report\":{}}}",
        Value::String(reference),
        report.to_json()
    );
    with_codes(json_response(StatusCode::CREATED, body), report)
}

/// Who the person is, as the store keys them: normalized issuing state and number.
pub fn passport_key(issuing_state: &str, number: &str) -> String {
    format!("{issuing_state}:{number}")
}
