//! The dev server: serves the build, rebuilds when a file changes, refuses traversal, survives
//! load. Uses raw HTTP/1.1 over TCP so that no client library is needed.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::Fixture;

/// A running `codeatlas serve`, killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(f: &Fixture) -> Server {
    start_in(f, &std::env::temp_dir())
}

/// Starts `serve` with `tmp` as its temporary folder.
fn start_in(f: &Fixture, tmp: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_codeatlas"))
        .args(["serve", "--port", "0"])
        .current_dir(f.root())
        .env("TMPDIR", tmp)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let port = loop {
        let line = lines
            .next()
            .expect("serve printed nothing")
            .expect("read line");
        if let Some(rest) = line.strip_prefix("serving http://127.0.0.1:") {
            break rest
                .split('/')
                .next()
                .expect("port")
                .parse()
                .expect("port number");
        }
    };
    // Keep draining stdout so that the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server { child, port }
}

/// GET `path`; returns (status, body).
fn get(port: u16, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read");
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn serves_pages_with_live_reload_and_a_404() {
    let f = Fixture::new("basic");
    let server = start(&f);
    let (status, body) = get(server.port, "/smtp/252/");
    assert_eq!(status, 200);
    assert!(body.contains("Cannot verify user, will attempt delivery"));
    assert!(body.contains("<script src=\"/__codeatlas/live.js\"></script></body>"));
    let (status, body) = get(server.port, "/no/such/page/");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"));
    // serve never writes the user's output folder.
    assert!(!f.out().exists());
}

#[test]
fn an_edit_shows_up_and_a_broken_file_keeps_the_last_good_build() {
    let f = Fixture::new("basic");
    let server = start(&f);
    let path = f.root().join("content/smtp/252.yaml");
    let original = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        original.replace(
            "Cannot verify user, will attempt delivery",
            "Edited while serving",
        ),
    )
    .expect("edit");
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (_, body) = get(server.port, "/smtp/252/");
        if body.contains("Edited while serving") {
            break;
        }
        assert!(Instant::now() < deadline, "the edit never showed up");
        std::thread::sleep(Duration::from_millis(50));
    }
    std::fs::write(&path, "code: 252\nbroken: [\n").expect("break");
    std::thread::sleep(Duration::from_millis(800));
    let (status, body) = get(server.port, "/smtp/252/");
    assert_eq!(status, 200);
    assert!(
        body.contains("Edited while serving"),
        "the last good build must still be served"
    );
    std::fs::write(&path, original).expect("restore");
    let deadline = Instant::now() + Duration::from_secs(15);
    while !get(server.port, "/smtp/252/")
        .1
        .contains("Cannot verify user, will attempt delivery")
    {
        assert!(Instant::now() < deadline, "fixing the file did not recover");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn traversal_is_refused() {
    let f = Fixture::new("basic");
    std::fs::write(f.root().join("secret.txt"), "secret").expect("write");
    let server = start(&f);
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/smtp/%2E%2E/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
    ] {
        let (status, body) = get(server.port, path);
        assert!(status == 400 || status == 404, "{path}: {status}");
        assert!(!body.contains("secret"), "{path} leaked the file");
    }
}

#[test]
fn keeps_serving_under_concurrent_load() {
    let f = Fixture::new("basic");
    let server = start(&f);
    let port = server.port;
    let threads: Vec<_> = (0..8)
        .map(|t| {
            std::thread::spawn(move || {
                let paths = [
                    "/",
                    "/smtp/252/",
                    "/vi/smtp/252-vs-552/",
                    "/style.css",
                    "/missing/",
                ];
                let mut failures = 0;
                for i in 0..250 {
                    let path = paths[(i + t) % paths.len()];
                    let (status, _) = get(port, path);
                    let expected = if path == "/missing/" { 404 } else { 200 };
                    if status != expected {
                        failures += 1;
                    }
                }
                failures
            })
        })
        .collect();
    let failures: usize = threads.into_iter().map(|t| t.join().expect("thread")).sum();
    assert_eq!(failures, 0, "{failures} of 2000 requests failed");
    assert_eq!(get(port, "/").0, 200);
}

#[test]
fn ctrl_c_stops_the_server_with_a_live_reload_stream_open_and_removes_its_build() {
    let f = Fixture::new("basic");
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut server = start_in(&f, tmp.path());
    assert_eq!(get(server.port, "/smtp/552/").0, 200);
    assert!(
        std::fs::read_dir(tmp.path()).expect("tmp").next().is_some(),
        "serve builds into its temporary folder"
    );
    // An open live-reload stream, as a browser tab keeps it.
    let mut events = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
    write!(
        events,
        "GET /__codeatlas/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .expect("request");
    std::thread::sleep(Duration::from_millis(200));
    let pid = rustix::process::Pid::from_child(&server.child);
    rustix::process::kill_process(pid, rustix::process::Signal::INT).expect("SIGINT");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = server.child.try_wait().expect("wait") {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "serve did not stop after Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    let left: Vec<_> = std::fs::read_dir(tmp.path()).expect("tmp").collect();
    assert!(left.is_empty(), "serve left {left:?}");
}
