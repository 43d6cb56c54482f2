//! Logs and metrics. Logs are JSON lines on standard error written by a
//! background thread (a full pipe drops lines, never stalls a request); they
//! carry routes, statuses, durations and issue codes, never names, numbers or
//! dates. Audit lines go to the same stream with target `audit` (and into the
//! store). Metrics are kept in process and rendered in the Prometheus text
//! format on their own address.

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::filter::LevelFilter;

/// Starts the JSON log; keep the guard until exit (it flushes on drop).
pub fn init_logging() -> WorkerGuard {
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(true)
        .buffered_lines_limit(4_096)
        .finish(std::io::stderr());
    let level = match std::env::var("EID_FORM_LOG").as_deref() {
        Ok("error") => LevelFilter::ERROR,
        Ok("warn") => LevelFilter::WARN,
        Ok("debug") => LevelFilter::DEBUG,
        Ok("off") => LevelFilter::OFF,
        _ => LevelFilter::INFO,
    };
    let _ = tracing_subscriber::fmt()
        .json()
        .flatten_event(true)
        .with_current_span(false)
        .with_span_list(false)
        .with_target(true)
        .with_max_level(level)
        .with_writer(writer)
        .try_init();
    guard
}

/// Latency buckets in seconds: the pages expect answers in milliseconds.
const BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

pub fn init_metrics() -> Option<PrometheusHandle> {
    let builder = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), BUCKETS)
        .ok()?;
    let handle = builder.install_recorder().ok()?;
    describe();
    Some(handle)
}

fn describe() {
    metrics::describe_counter!(
        "eid_form_http_requests_total",
        "HTTP requests answered, by route and status"
    );
    metrics::describe_histogram!(
        "eid_form_http_request_duration_seconds",
        "Time to answer, by route"
    );
    metrics::describe_counter!(
        "eid_form_checks_total",
        "Applications judged, by route and verdict"
    );
    metrics::describe_counter!(
        "eid_form_issues_total",
        "Issues found in judged applications, by issue code"
    );
    metrics::describe_counter!("eid_form_store_errors_total", "Store calls that failed");
    metrics::describe_gauge!(
        "eid_form_db_pool_connections",
        "Store pool connections open"
    );
    metrics::describe_gauge!("eid_form_db_pool_idle", "Store pool connections idle");
    metrics::describe_gauge!("eid_form_connections_open", "Client connections open");
    metrics::describe_counter!(
        "eid_form_connections_shed_total",
        "Idle client connections closed to make room at the connection cap"
    );
    metrics::describe_counter!(
        "eid_form_connections_refused_total",
        "Client connections closed at once because every open one was busy"
    );
    metrics::describe_counter!(
        "eid_form_sign_ins_total",
        "Officers' sign-in attempts, by outcome"
    );
}
