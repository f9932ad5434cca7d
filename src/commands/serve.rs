//! The `serve` command: builds into a temporary folder (never the user's output), serves it on
//! 127.0.0.1, watches the site's files, rebuilds on change and reloads open tabs over
//! server-sent events; a failed rebuild shows as an overlay in the page and serving goes on.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::stream::{self, Stream};
use notify::{RecursiveMode, Watcher};
use tokio::sync::broadcast;

use crate::commands::build::{self, BuildOptions};
use crate::interrupt::Interrupt;

/// The path under which serve's own endpoints live (never a page of the site).
const PREFIX: &str = "/__codeatlas/";

/// The script injected into every HTML page in serve mode.
const LIVE_JS: &str = include_str!("serve_live.js");

/// Options of `serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site folder.
    pub root: PathBuf,
    /// The port (0 picks a free one).
    pub port: u16,
    /// Open the site in the default browser.
    pub open: bool,
    /// Print only errors.
    pub quiet: bool,
    /// Set by Ctrl-C or SIGTERM: the server stops, a running build stops, the temporary folder
    /// is removed.
    pub interrupt: Interrupt,
}

#[derive(Debug)]
struct ServeState {
    out: PathBuf,
    /// The last build error, shown as an overlay until a build succeeds.
    error: RwLock<Option<String>>,
    events: broadcast::Sender<Message>,
}

#[derive(Debug, Clone)]
enum Message {
    Reload,
    Error(String),
}

/// Runs the server until Ctrl-C (or SIGTERM).
pub fn serve(options: ServeOptions) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server runtime: {e}"))?;
    let result = runtime.block_on(run(options));
    // A build still running has seen the interrupt and stops between two pages.
    runtime.shutdown_timeout(Duration::from_secs(10));
    result
}

/// Resolves once Ctrl-C or SIGTERM arrived.
async fn interrupted(interrupt: Interrupt) {
    while !interrupt.is_raised() {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn run(options: ServeOptions) -> Result<(), String> {
    let temp = tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    let out = temp.path().join("site");
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], options.port)))
        .await
        .map_err(|e| format!("cannot listen on 127.0.0.1:{}: {e}", options.port))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let base_url = format!("http://{addr}/");
    let (events, _) = broadcast::channel(16);
    let state = Arc::new(ServeState {
        out: out.clone(),
        error: RwLock::new(None),
        events,
    });
    let build_options = BuildOptions {
        root: options.root.clone(),
        output: Some(out),
        base_url: Some(base_url.clone()),
        shard: None,
        verbosity: crate::console::Verbosity::Quiet,
        interrupt: options.interrupt.clone(),
    };
    let (watcher, mut changes_rx) = watch_sources(&options.root)?;
    // Watching starts before the first build, so that an edit made while it runs is queued
    // and rebuilt right after.
    rebuild(&state, &build_options, options.quiet).await;
    println!("serving {base_url} (Ctrl-C to stop)");
    let rebuild_state = state.clone();
    let quiet = options.quiet;
    tokio::spawn(async move {
        while changes_rx.recv().await.is_some() {
            // Debounce: editors write several events per save.
            tokio::time::sleep(Duration::from_millis(60)).await;
            while changes_rx.try_recv().is_ok() {}
            rebuild(&rebuild_state, &build_options, quiet).await;
        }
    });

    if options.open {
        open_browser(&base_url);
    }
    serve_until_interrupted(listener, state, &options.interrupt).await?;
    drop(watcher);
    drop(temp);
    if !options.quiet {
        println!("stopped");
    }
    Ok(())
}

/// Watches the site folder; each change to one of its sources sends one message.
fn watch_sources(
    root: &Path,
) -> Result<
    (
        notify::RecommendedWatcher,
        tokio::sync::mpsc::UnboundedReceiver<()>,
    ),
    String,
> {
    let (changes_tx, changes_rx) = tokio::sync::mpsc::unbounded_channel::<()>();
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let watched = root.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reading files (as every build does) raises access events: only changes count.
        if let Ok(event) = event
            && is_change(&event.kind)
            && event.paths.iter().any(|p| is_source(&watched, p))
        {
            let _ = changes_tx.send(());
        }
    })
    .map_err(|e| format!("cannot watch the site folder: {e}"))?;
    watcher
        .watch(&root, RecursiveMode::Recursive)
        .map_err(|e| format!("cannot watch {}: {e}", root.display()))?;
    Ok((watcher, changes_rx))
}

/// Serves the built site and the live-reload endpoints until Ctrl-C or SIGTERM.
async fn serve_until_interrupted(
    listener: tokio::net::TcpListener,
    state: Arc<ServeState>,
    interrupt: &Interrupt,
) -> Result<(), String> {
    let app = Router::new()
        .route("/__codeatlas/events", get(event_stream))
        .route("/__codeatlas/live.js", get(live_js))
        .fallback(get(file))
        .with_state(state);
    let server = axum::serve(listener, app)
        .with_graceful_shutdown(interrupted(interrupt.clone()))
        .into_future();
    // Open live-reload streams never end by themselves: a second after Ctrl-C, stop waiting.
    let deadline = async {
        interrupted(interrupt.clone()).await;
        tokio::time::sleep(Duration::from_secs(1)).await;
    };
    tokio::select! {
        result = server => result.map_err(|e| format!("server error: {e}")),
        () = deadline => Ok(()),
    }
}

/// Whether an event changes a file (creation, removal, contents, name), not merely reads it.
fn is_change(kind: &notify::EventKind) -> bool {
    use notify::event::{EventKind, ModifyKind};
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        _ => false,
    }
}

/// Whether a changed path is one of the site's sources (content, templates, locales, static,
/// site.yaml), so that saves elsewhere (an editor's swap file in the root, `public/`) do nothing.
fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = rel.components();
    match parts.next() {
        Some(Component::Normal(first)) => {
            let first = first.to_string_lossy();
            matches!(
                first.as_ref(),
                "content" | "templates" | "locales" | "static"
            ) || first == crate::config::CONFIG_FILE
        }
        _ => false,
    }
}

async fn rebuild(state: &Arc<ServeState>, options: &BuildOptions, quiet: bool) {
    let opts = options.clone();
    let result = tokio::task::spawn_blocking(move || build::build(&opts)).await;
    match result {
        Ok(Ok(summary)) => {
            if !quiet {
                println!(
                    "built {} pages in {:.0} ms ({} files written)",
                    summary.pages,
                    summary.elapsed.as_secs_f64() * 1000.0,
                    summary.stats.written
                );
            }
            if let Ok(mut error) = state.error.write() {
                *error = None;
            }
            let _ = state.events.send(Message::Reload);
        }
        Ok(Err(diagnostics)) => {
            let text = diagnostics.to_string();
            eprint!("{text}");
            eprintln!(
                "build failed: {} error(s); still serving the last good build",
                diagnostics.error_count()
            );
            if let Ok(mut error) = state.error.write() {
                *error = Some(text.clone());
            }
            let _ = state.events.send(Message::Error(text));
        }
        Err(e) => eprintln!("build task failed: {e}"),
    }
}

async fn event_stream(
    State(state): State<Arc<ServeState>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let current = state.error.read().ok().and_then(|e| e.clone());
    let first = current.map(|text| Ok(Event::default().event("error").data(text)));
    let receiver = state.events.subscribe();
    let updates = stream::unfold(receiver, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(Message::Reload) => {
                    return Some((Ok(Event::default().event("reload").data("")), rx));
                }
                Ok(Message::Error(text)) => {
                    return Some((Ok(Event::default().event("error").data(text)), rx));
                }
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream::iter(first).chain(updates)).keep_alive(KeepAlive::default())
}

use futures_util::StreamExt as _;

async fn live_js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        LIVE_JS,
    )
}

/// Serves a file of the built site; refuses paths that leave it.
async fn file(State(state): State<Arc<ServeState>>, uri: Uri) -> Response {
    let Some(rel) = safe_relative_path(uri.path()) else {
        return (StatusCode::BAD_REQUEST, "bad path").into_response();
    };
    if uri.path().starts_with(PREFIX) {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    }
    let mut path = state.out.join(&rel);
    if uri.path().ends_with('/') || path.is_dir() {
        path.push("index.html");
    }
    let (status, path) = if path.is_file() {
        (StatusCode::OK, path)
    } else {
        (StatusCode::NOT_FOUND, state.out.join("404.html"))
    };
    match tokio::fs::read(&path).await {
        Ok(bytes) => {
            let mime = content_type(&path);
            let body = if mime.starts_with("text/html") {
                inject_live_reload(bytes)
            } else {
                bytes
            };
            let mut response = Response::new(Body::from(body));
            *response.status_mut() = status;
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(_) => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

/// Decodes the request path and turns it into a relative path inside the output, or `None` if
/// it would leave it (`..`, encoded `%2e%2e`, backslashes, NUL, absolute Windows paths).
pub fn safe_relative_path(request: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(request)
        .decode_utf8()
        .ok()?;
    if decoded.contains(['\\', '\0']) || decoded.contains("/../") || decoded.ends_with("/..") {
        return None;
    }
    let mut rel = PathBuf::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            s if s.contains(':') => return None,
            s => rel.push(s),
        }
    }
    Some(rel)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Adds the live-reload script before `</body>` (serve mode only; built sites never have it).
fn inject_live_reload(bytes: Vec<u8>) -> Vec<u8> {
    let tag = b"<script src=\"/__codeatlas/live.js\"></script>";
    let Some(pos) = bytes.windows(7).rposition(|w| w == b"</body>") else {
        let mut bytes = bytes;
        bytes.extend_from_slice(tag);
        return bytes;
    };
    let mut out = Vec::with_capacity(bytes.len() + tag.len());
    out.extend_from_slice(&bytes[..pos]);
    out.extend_from_slice(tag);
    out.extend_from_slice(&bytes[pos..]);
    out
}

fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(command)
        .arg(url)
        .spawn()
        .is_err()
    {
        eprintln!("could not open a browser; visit {url}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traversal_is_refused() {
        for bad in [
            "/../etc/passwd",
            "/a/../../x",
            "/%2e%2e/x",
            "/%2E%2E%2fx",
            "/a/%2e%2e",
            "/..%5cx",
            "/x%00y",
            "/C:/x",
        ] {
            assert!(safe_relative_path(bad).is_none(), "{bad}");
        }
        assert_eq!(
            safe_relative_path("/smtp/552/"),
            Some(PathBuf::from("smtp/552"))
        );
        assert_eq!(
            safe_relative_path("/vi/smtp/x.2.2/"),
            Some(PathBuf::from("vi/smtp/x.2.2"))
        );
    }

    #[test]
    fn live_reload_goes_before_the_body_end() {
        let out = inject_live_reload(b"<html><body><p>x</p></body></html>".to_vec());
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<html><body><p>x</p><script src=\"/__codeatlas/live.js\"></script></body></html>"
        );
    }

    #[test]
    fn only_site_sources_trigger_rebuilds() {
        let root = Path::new("/site");
        assert!(is_source(root, Path::new("/site/content/smtp/552.yaml")));
        assert!(is_source(root, Path::new("/site/site.yaml")));
        assert!(!is_source(root, Path::new("/site/public/index.html")));
        assert!(!is_source(root, Path::new("/site/.git/index")));
    }
}
