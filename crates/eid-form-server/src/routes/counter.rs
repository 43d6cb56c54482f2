//! From kiosk to counter: the receipt's QR code (the reference and nothing
//! else, as SVG, so the page asks no other host), the desk's export of a
//! version's normalized application (audited like any read), and the campaign
//! view's charts and CSV, drawn from the same store cells as `/api/stats`.

use super::officers::{audit, needs, officer, SignedIn};
use super::ops::SMALLEST_SHOWN;
use super::{error, json_response, store_failed, Client, State};
use crate::charts::{self, Bar};
use crate::store::{Read, RefusedCell, Role, StoredCell};
use axum::extract::{Path, Query, State as Extract};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use eid_form::Date;
use qrcode::{EcLevel, QrCode};
use serde::Deserialize;
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::Arc;

pub fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/api/session/state", get(session_state))
        .route("/api/receipt-qr/{reference}", get(receipt_qr))
        .route("/api/applications/{reference}/export", get(export))
        .route("/api/stats/chart/{name}", get(chart))
        .route("/api/stats.csv", get(stats_csv))
}

/// `GET /api/session/state`: whether this browser is signed in, always 200
/// (`/api/session` answers 401 when not, which browsers log as an error), so
/// the officers' pages can ask on load.
async fn session_state(Extract(state): Extract<Arc<State>>, headers: HeaderMap) -> Response {
    match officer(&state, &headers, Role::Stats).await {
        Ok(o) => json_response(
            StatusCode::OK,
            json!({ "signedIn": true, "name": o.name, "role": o.role.as_str() }).to_string(),
        ),
        Err(refused) if refused.status() == StatusCode::UNAUTHORIZED => {
            json_response(StatusCode::OK, json!({ "signedIn": false }).to_string())
        }
        Err(refused) => refused,
    }
}

/// A reference as the store makes them (hex), or as older ids were: short,
/// letters, digits and hyphens only. Anything else gets no QR code.
pub fn is_reference(text: &str) -> bool {
    (1..=64).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The QR code of `reference` as SVG: the reference's bytes, nothing added.
pub fn qr_svg(reference: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(reference.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
    )
}

/// `GET /api/receipt-qr/{reference}`: needs no sign-in and reads nothing from
/// the store (it draws any well-formed reference), so it tells nobody whether
/// a reference exists.
async fn receipt_qr(Path(reference): Path<String>) -> Response {
    if !is_reference(&reference) {
        return error(StatusCode::NOT_FOUND, "not a reference");
    }
    match qr_svg(&reference) {
        Some(svg) => svg_response(svg),
        None => error(StatusCode::NOT_FOUND, "not a reference"),
    }
}

fn svg_response(svg: String) -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        svg,
    )
        .into_response()
}

/// `GET /api/applications/{reference}/export`: that version's normalized
/// application as a JSON file for the back office; audited as an export.
async fn export(
    Extract(state): Extract<Arc<State>>,
    SignedIn(officer, _): SignedIn<needs::Desk>,
    Path(reference): Path<String>,
    Client(client): Client,
) -> Response {
    let application = match state.store.by_reference(&reference, Read::Replica).await {
        Ok(Some(application)) => application,
        Ok(None) => return error(StatusCode::NOT_FOUND, "no application has this reference"),
        Err(e) => return store_failed(&e),
    };
    let Some(version) = application
        .versions
        .iter()
        .find(|v| v.reference == reference)
    else {
        return error(StatusCode::NOT_FOUND, "no application has this reference");
    };
    if let Err(refused) = audit(&state, &officer, "export", &application.id, &client).await {
        return refused;
    }
    let mut response = (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        version.application.clone(),
    )
        .into_response();
    // The reference passed `by_reference`, but only safe characters go in a header.
    let name: String = reference
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"TK01-{name}.json\""))
    {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// The store's cells, for the charts and the CSV (stats role, as `/api/stats`).
async fn cells(
    state: &State,
    headers: &HeaderMap,
) -> Result<(Vec<StoredCell>, Vec<RefusedCell>), Response> {
    officer(state, headers, Role::Stats).await?;
    state.flush_refusals().await.map_err(|e| store_failed(&e))?;
    match (
        state.store.stored_cells(Read::Replica).await,
        state.store.refused_cells(Read::Replica).await,
    ) {
        (Ok(s), Ok(r)) => Ok((s, r)),
        (Err(e), _) | (_, Err(e)) => Err(store_failed(&e)),
    }
}

/// Sums counts by key, in key order.
fn sum_by<K: Ord>(items: impl Iterator<Item = (K, i64)>) -> BTreeMap<K, i64> {
    let mut sums = BTreeMap::new();
    for (key, count) in items {
        let sum: &mut i64 = sums.entry(key).or_insert(0);
        *sum = sum.saturating_add(count);
    }
    sums
}

fn to_bars(sums: BTreeMap<String, i64>) -> Vec<Bar> {
    sums.into_iter()
        .map(|(label, count)| Bar { label, count })
        .collect()
}

/// Stored submissions per Vietnam day (`MM-DD` labels), every day from the first to the last.
pub fn per_day(stored: &[StoredCell]) -> Vec<Bar> {
    let sums = sum_by(stored.iter().map(|c| (c.day, c.count)));
    let (Some(first), Some(last)) = (sums.keys().next(), sums.keys().next_back()) else {
        return Vec::new();
    };
    (*first..=*last)
        .map(|day| Bar {
            label: Date::from_days_since_epoch(day)
                .to_string()
                .get(5..)
                .unwrap_or("")
                .to_string(),
            count: sums.get(&day).copied().unwrap_or(0),
        })
        .collect()
}

pub fn per_level(stored: &[StoredCell]) -> Vec<Bar> {
    let sums = sum_by(stored.iter().map(|c| (c.level, c.count)));
    [1, 2]
        .into_iter()
        .map(|level| Bar {
            label: format!("level {level}"),
            count: sums.get(&level).copied().unwrap_or(0),
        })
        .collect()
}

pub fn per_locale(stored: &[StoredCell]) -> Vec<Bar> {
    to_bars(sum_by(stored.iter().map(|c| (c.locale.clone(), c.count))))
}

/// The most frequent issue codes of refused submissions (of one locale, or all), at most ten.
pub fn top_codes(refused: &[RefusedCell], locale: Option<&str>) -> Vec<Bar> {
    let mut bars = to_bars(sum_by(
        refused
            .iter()
            .filter(|c| locale.is_none_or(|l| c.locale == l))
            .map(|c| (c.code.clone(), c.count)),
    ));
    bars.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
    bars.truncate(10);
    bars
}

#[derive(Deserialize)]
struct ChartQuery {
    locale: Option<String>,
}

/// `GET /api/stats/chart/{name}.svg`: `stored-per-day`, `levels`, `locales`,
/// `refused-codes` (`?locale=` for one locale's).
async fn chart(
    Extract(state): Extract<Arc<State>>,
    Path(name): Path<String>,
    Query(query): Query<ChartQuery>,
    headers: HeaderMap,
) -> Response {
    let (stored, refused) = match cells(&state, &headers).await {
        Ok(cells) => cells,
        Err(refused) => return refused,
    };
    let drawn = match name.as_str() {
        "stored-per-day.svg" => charts::columns(&per_day(&stored), SMALLEST_SHOWN),
        "levels.svg" => charts::columns(&per_level(&stored), SMALLEST_SHOWN),
        "locales.svg" => charts::columns(&per_locale(&stored), SMALLEST_SHOWN),
        "refused-codes.svg" => charts::rows(
            &top_codes(&refused, query.locale.as_deref()),
            SMALLEST_SHOWN,
        ),
        _ => return error(StatusCode::NOT_FOUND, "no such chart"),
    };
    match drawn {
        Ok(svg) => svg_response(svg),
        Err(e) => {
            tracing::error!(error = %e, "chart failed");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the chart could not be drawn",
            )
        }
    }
}

/// A CSV field: quoted when it holds a comma, quote or line break. A leading
/// `=`, `+`, `-` or `@` is quoted behind an apostrophe, so no spreadsheet runs it.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The cells of `/api/stats` as one table: `table,day,level,locale,code,count`.
pub fn csv(stored: &[StoredCell], refused: &[RefusedCell]) -> String {
    let mut out = String::from("table,day,level,locale,code,count\r\n");
    let day = |d: i64| Date::from_days_since_epoch(d).to_string();
    for c in stored {
        out.push_str(&format!(
            "stored,{},{},{},,{}\r\n",
            day(c.day),
            c.level,
            csv_field(&c.locale),
            charts::shown(c.count, SMALLEST_SHOWN)
        ));
    }
    for c in refused {
        out.push_str(&format!(
            "refused,{},,{},{},{}\r\n",
            day(c.day),
            csv_field(&c.locale),
            csv_field(&c.code),
            charts::shown(c.count, SMALLEST_SHOWN)
        ));
    }
    out
}

async fn stats_csv(Extract(state): Extract<Arc<State>>, headers: HeaderMap) -> Response {
    let (stored, refused) = match cells(&state, &headers).await {
        Ok(cells) => cells,
        Err(refused) => return refused,
    };
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"eid-form-stats.csv\"",
            ),
        ],
        csv(&stored, &refused),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(day: i64, level: i64, locale: &str, count: i64) -> StoredCell {
        StoredCell {
            day,
            level,
            locale: locale.to_string(),
            count,
        }
    }

    #[test]
    fn references_only_get_a_qr_code() {
        assert!(is_reference("0123456789abcdef01234567"));
        for bad in ["", "a b", "../etc", "<svg>", &"a".repeat(65), "ngân"] {
            assert!(!is_reference(bad), "{bad}");
        }
        let svg = qr_svg("0123456789abcdef01234567").unwrap();
        assert!(svg.contains("<svg") && svg.ends_with("</svg>"));
        assert!(
            !svg.contains("0123456789abcdef01234567"),
            "no text beside the code"
        );
    }

    #[test]
    fn per_day_fills_the_gaps_and_sums_levels_and_locales() {
        let cells = [
            stored(20_270, 2, "ja", 7),
            stored(20_270, 1, "en", 3),
            stored(20_272, 2, "ja", 1),
        ];
        let bars = per_day(&cells);
        assert_eq!(
            bars.iter()
                .map(|b| (b.label.as_str(), b.count))
                .collect::<Vec<_>>(),
            [("07-01", 10), ("07-02", 0), ("07-03", 1)]
        );
        assert_eq!(per_level(&cells)[0].count, 3);
        assert_eq!(per_level(&cells)[1].count, 8);
        assert_eq!(per_locale(&cells)[0].label, "en");
        assert!(per_day(&[]).is_empty());
    }

    #[test]
    fn top_codes_most_frequent_first_overall_or_by_locale() {
        let cell = |locale: &str, code: &str, count| RefusedCell {
            day: 1,
            locale: locale.to_string(),
            code: code.to_string(),
            count,
        };
        let cells = [
            cell("ja", "required", 3),
            cell("en", "required", 4),
            cell("en", "passport-expired", 6),
        ];
        let all = top_codes(&cells, None);
        assert_eq!(
            (all[0].label.as_str(), all[0].count),
            ("required", 7),
            "{all:?}"
        );
        let ja = top_codes(&cells, Some("ja"));
        assert_eq!(ja.len(), 1);
    }

    #[test]
    fn csv_keeps_small_cells_small_and_quotes_what_a_spreadsheet_would_run() {
        let text = csv(&[stored(20_270, 2, "ja", 3)], &[]);
        assert_eq!(
            text,
            "table,day,level,locale,code,count\r\nstored,2025-07-01,2,ja,,<5\r\n"
        );
        assert_eq!(csv_field("=cmd"), "'=cmd");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
    }
}
