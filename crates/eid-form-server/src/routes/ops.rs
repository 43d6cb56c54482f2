//! The operators' routes: liveness, readiness (the store takes a write), the
//! fleet's statistics from the store, and `/metrics` on its own address.

use super::officers::officer;
use super::{json_response, store_failed, timestamp, unix_now, State};
use crate::store::{Read, Role};
use axum::extract::State as Extract;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use eid_form::Date;
use metrics_exporter_prometheus::PrometheusHandle;
use serde_json::{json, Value};
use std::sync::Arc;

/// Cells under this count are shown as "<5".
pub const SMALLEST_SHOWN: i64 = 5;

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn readyz(Extract(state): Extract<Arc<State>>) -> Response {
    match state.store.ready(&state.server_id, unix_now()).await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            metrics::counter!("eid_form_store_errors_total").increment(1);
            tracing::error!(error = %e, "readiness write failed");
            (StatusCode::SERVICE_UNAVAILABLE, "the store takes no writes").into_response()
        }
    }
}

fn shown(count: i64) -> Value {
    if count < SMALLEST_SHOWN {
        json!("<5")
    } else {
        json!(count)
    }
}

fn day(days_since_epoch: i64) -> String {
    Date::from_days_since_epoch(days_since_epoch).to_string()
}

/// `GET /api/stats`: stored submissions by day, level and locale; issue codes
/// of refused submissions by day and locale; counted by the store, so the
/// same on every server of the fleet.
pub async fn stats(Extract(state): Extract<Arc<State>>, headers: HeaderMap) -> Response {
    if let Err(refused) = officer(&state, &headers, Role::Stats).await {
        return refused;
    }
    // This server's latest refusals first, so its own are never missing.
    if let Err(e) = state.flush_refusals().await {
        return store_failed(&e);
    }
    let (stored, refused) = match (
        state.store.stored_cells(Read::Replica).await,
        state.store.refused_cells(Read::Replica).await,
    ) {
        (Ok(s), Ok(r)) => (s, r),
        (Err(e), _) | (_, Err(e)) => return store_failed(&e),
    };
    let stored_total: i64 = stored.iter().map(|c| c.count).sum();
    let refused_total: i64 = refused.iter().map(|c| c.count).sum();
    let body = json!({
        "generatedAt": timestamp(unix_now()),
        "smallestShown": SMALLEST_SHOWN,
        "stored": {
            "total": shown(stored_total),
            "cells": stored.iter().map(|c| json!({
                "day": day(c.day), "level": c.level, "locale": c.locale, "count": shown(c.count),
            })).collect::<Vec<_>>(),
        },
        "refused": {
            "total": shown(refused_total),
            "cells": refused.iter().map(|c| json!({
                "day": day(c.day), "locale": c.locale, "code": c.code, "count": shown(c.count),
            })).collect::<Vec<_>>(),
        },
    });
    json_response(StatusCode::OK, body.to_string())
}

/// The metrics listener's routes: `/metrics` only.
pub fn metrics_app(handle: PrometheusHandle, state: Arc<State>) -> Router {
    Router::new().route(
        "/metrics",
        get(move || {
            let handle = handle.clone();
            let state = Arc::clone(&state);
            async move {
                let (open, idle) = state.store.pool_use();
                metrics::gauge!("eid_form_db_pool_connections").set(f64::from(open));
                metrics::gauge!("eid_form_db_pool_idle").set(f64::from(idle));
                (
                    [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
                    handle.render(),
                )
            }
        }),
    )
}
