//! The accept loop: HTTP/1.1 connections that strangers cannot hold. A request
//! head must arrive within the header timeout; a connection with nothing in
//! flight is closed after the idle timeout; past the connection cap the oldest
//! idle connection makes way for the new one (so a client holding a thousand
//! idle sockets delays nobody); on shutdown the listener closes at once, idle
//! connections close, in-flight requests finish within the deadline.

use crate::config::Limits;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::sync::{watch, Notify};
use tower::ServiceExt;

/// The peer's socket address, put on every request.
#[derive(Clone, Copy, Debug)]
pub struct Peer(pub SocketAddr);

/// One open connection as the registry sees it.
struct Connection {
    in_flight: AtomicUsize,
    /// Milliseconds since the registry started, at the last request's start or end.
    last_active: AtomicU64,
    closing: AtomicBool,
    close: Notify,
}

impl Connection {
    fn close(&self) -> bool {
        let first = !self.closing.swap(true, Ordering::SeqCst);
        if first {
            self.close.notify_one();
        }
        first
    }
}

struct Registry {
    started: Instant,
    next_id: AtomicU64,
    open: Mutex<HashMap<u64, Arc<Connection>>>,
    count: watch::Sender<usize>,
}

impl Registry {
    fn now_ms(&self) -> u64 {
        self.started.elapsed().as_millis() as u64
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Arc<Connection>>> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn add(&self) -> (u64, Arc<Connection>) {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let connection = Arc::new(Connection {
            in_flight: AtomicUsize::new(0),
            last_active: AtomicU64::new(self.now_ms()),
            closing: AtomicBool::new(false),
            close: Notify::new(),
        });
        let mut open = self.lock();
        open.insert(id, Arc::clone(&connection));
        self.count.send_replace(open.len());
        (id, connection)
    }

    fn remove(&self, id: u64) {
        let mut open = self.lock();
        open.remove(&id);
        self.count.send_replace(open.len());
    }

    fn len(&self) -> usize {
        self.lock().len()
    }

    /// Closes the connection idle the longest; `false` when every one is busy.
    fn evict_oldest_idle(&self) -> bool {
        let open = self.lock();
        let oldest = open
            .values()
            .filter(|c| {
                c.in_flight.load(Ordering::SeqCst) == 0 && !c.closing.load(Ordering::SeqCst)
            })
            .min_by_key(|c| c.last_active.load(Ordering::SeqCst));
        match oldest {
            Some(connection) => {
                connection.close();
                metrics::counter!("eid_form_connections_shed_total").increment(1);
                true
            }
            None => false,
        }
    }

    fn close_idle_since(&self, idle: Duration) {
        let now = self.now_ms();
        let idle = idle.as_millis() as u64;
        for connection in self.lock().values() {
            if connection.in_flight.load(Ordering::SeqCst) == 0
                && now.saturating_sub(connection.last_active.load(Ordering::SeqCst)) >= idle
            {
                connection.close();
            }
        }
    }

    fn close_all(&self) {
        for connection in self.lock().values() {
            connection.close();
        }
    }
}

/// Takes a connection off the registry when its task ends, however it ends.
struct Registered {
    id: u64,
    registry: Arc<Registry>,
}

impl Drop for Registered {
    fn drop(&mut self) {
        self.registry.remove(self.id);
    }
}

/// Counts a request in flight on its connection for as long as it lives.
struct InFlight {
    connection: Arc<Connection>,
    registry: Arc<Registry>,
}

impl InFlight {
    fn start(connection: &Arc<Connection>, registry: &Arc<Registry>) -> InFlight {
        connection.in_flight.fetch_add(1, Ordering::SeqCst);
        connection
            .last_active
            .store(registry.now_ms(), Ordering::SeqCst);
        InFlight {
            connection: Arc::clone(connection),
            registry: Arc::clone(registry),
        }
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.connection
            .last_active
            .store(self.registry.now_ms(), Ordering::SeqCst);
        self.connection.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then drains.
/// Returns `false` when connections were still open at the deadline.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> bool {
    let (count, mut counted) = watch::channel(0usize);
    let registry = Arc::new(Registry {
        started: Instant::now(),
        next_id: AtomicU64::new(0),
        open: Mutex::new(HashMap::new()),
        count,
    });
    let sweeper = {
        let registry = Arc::clone(&registry);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_millis(500));
            loop {
                tick.tick().await;
                registry.close_idle_since(limits.idle);
                metrics::gauge!("eid_form_connections_open").set(registry.len() as f64);
            }
        })
    };
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header)
        .keep_alive(true)
        .max_buf_size(64 * 1024);
    tokio::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => accepted,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(e) => {
                // Out of file descriptors, most likely: make room and go on.
                tracing::warn!(error = %e, "accept failed");
                registry.evict_oldest_idle();
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        if registry.len() >= limits.connections && !registry.evict_oldest_idle() {
            // Every connection is busy: this one is refused at once.
            metrics::counter!("eid_form_connections_refused_total").increment(1);
            drop(stream);
            continue;
        }
        let _ = stream.set_nodelay(true);
        let (id, connection) = registry.add();
        let registry = Arc::clone(&registry);
        let router = router.clone();
        let http = http.clone();
        tokio::spawn(async move {
            let _registered = Registered {
                id,
                registry: Arc::clone(&registry),
            };
            let service = {
                let connection = Arc::clone(&connection);
                let registry = Arc::clone(&registry);
                hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
                    let in_flight = InFlight::start(&connection, &registry);
                    let router = router.clone();
                    async move {
                        let mut request = request.map(axum::body::Body::new);
                        request.extensions_mut().insert(Peer(peer));
                        let response = router.oneshot(request).await;
                        drop(in_flight);
                        response
                    }
                })
            };
            let served = http.serve_connection(TokioIo::new(stream), service);
            tokio::pin!(served);
            tokio::select! {
                _ = served.as_mut() => {}
                () = connection.close.notified() => {
                    served.as_mut().graceful_shutdown();
                    let _ = tokio::time::timeout(limits.shutdown, served).await;
                }
            }
        });
    }
    drop(listener);
    registry.close_all();
    let drained = tokio::time::timeout(limits.shutdown, counted.wait_for(|n| *n == 0))
        .await
        .is_ok();
    sweeper.abort();
    drained
}
