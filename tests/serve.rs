//! `bangvang serve`: answers on 127.0.0.1, follows a change within two seconds and tells the
//! browser to reload, keeps the last good page when an edit breaks the site.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::cli::{bin, free_port, get};
use common::{copy_dir, fixture};

/// The server process, killed when the test ends (also when it fails).
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(site: &Path, port: u16, tmp: &Path) -> Server {
    let child = bin()
        .args([
            "serve",
            "--root",
            site.to_str().unwrap(),
            "--port",
            &port.to_string(),
        ])
        .env("TMPDIR", tmp)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    Server(child)
}

/// Polls `f` until it returns Some, or panics after `limit`.
fn wait_for<T>(limit: Duration, what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(
            start.elapsed() < limit,
            "timed out after {limit:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// An open event stream.
struct Events {
    stream: TcpStream,
    seen: String,
}

impl Events {
    fn open(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(stream, "GET /__bangvang/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n").unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        let mut ev = Events {
            stream,
            seen: String::new(),
        };
        ev.until(": connected", Duration::from_secs(5));
        ev
    }

    /// Reads until `needle` has arrived (after what was consumed before); returns the text
    /// read up to and including it.
    fn until(&mut self, needle: &str, limit: Duration) -> String {
        let start = Instant::now();
        loop {
            if let Some(i) = self.seen.find(needle) {
                let upto: String = self.seen.drain(..i + needle.len()).collect();
                // Keep the rest of the frame (its data line) for the caller.
                return upto + &self.seen;
            }
            assert!(
                start.elapsed() < limit,
                "no `{needle}` on the event stream within {limit:?}; got: {:?}",
                self.seen
            );
            let mut buf = [0u8; 4096];
            match self.stream.read(&mut buf) {
                Ok(0) => panic!("the event stream closed"),
                Ok(n) => self.seen.push_str(&String::from_utf8_lossy(&buf[..n])),
                Err(_) => {} // read timeout: try again
            }
        }
    }
}

#[test]
fn serves_follows_changes_and_keeps_the_last_good_site() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let scratch = tmp.path().join("tmp");
    std::fs::create_dir_all(&scratch).unwrap();
    copy_dir(&fixture("serve-site"), &site);
    let port = free_port();
    let _server = start(&site, port, &scratch);

    let page = wait_for(Duration::from_secs(30), "the first build", || {
        get(port, "/tin-tuc/bai/").filter(|(s, _)| *s == 200)
    });
    assert!(page.1.contains("Phiên bản đầu tiên"), "{}", page.1);
    assert!(
        page.1.contains("/__bangvang/events"),
        "the live-reload script is missing"
    );
    assert_eq!(get(port, "/khong-co/").map(|r| r.0), Some(404));
    assert_eq!(get(port, "/tin-tuc").map(|r| r.0), Some(301));

    let mut events = Events::open(port);
    let page_file = site.join("content/tin-tuc/bai.md");

    // A change: the page follows within two seconds, and the browser is told to reload.
    let changed_at = Instant::now();
    std::fs::write(
        &page_file,
        "---\ntitle: Bài viết\n---\nPhiên bản thứ hai.\n",
    )
    .unwrap();
    wait_for(Duration::from_secs(2), "the changed page", || {
        get(port, "/tin-tuc/bai/").filter(|(_, b)| b.contains("Phiên bản thứ hai"))
    });
    events.until(
        "event: reload",
        Duration::from_secs(2)
            .saturating_sub(changed_at.elapsed())
            .max(Duration::from_millis(200)),
    );

    // A broken edit: the errors go to the browser, the last good page stays served.
    std::fs::write(&page_file, "---\ntitle: [chưa đóng\n---\nPhiên bản hỏng.\n").unwrap();
    let frame = events.until("event: errors", Duration::from_secs(5));
    let frame = frame + &events.until("\n\n", Duration::from_secs(2));
    assert!(frame.contains("content/tin-tuc/bai.md:2:"), "{frame}");
    let (status, body) = get(port, "/tin-tuc/bai/").unwrap();
    assert_eq!(status, 200);
    assert!(
        body.contains("Phiên bản thứ hai"),
        "the last good page is no longer served: {body}"
    );

    // A tab opened now sees the errors at once.
    let mut late = Events::open(port);
    late.until("event: errors", Duration::from_secs(2));

    // Fixing it reloads again.
    std::fs::write(&page_file, "---\ntitle: Bài viết\n---\nPhiên bản thứ ba.\n").unwrap();
    events.until("event: reload", Duration::from_secs(5));
    assert!(
        get(port, "/tin-tuc/bai/")
            .unwrap()
            .1
            .contains("Phiên bản thứ ba")
    );

    // Nothing was written in the site folder; `build` output never carries the script.
    assert!(!site.join("public").exists());
    let out = bin()
        .args(["build", "--root", site.to_str().unwrap()])
        .env("TMPDIR", &scratch)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let built = std::fs::read_to_string(site.join("public/tin-tuc/bai/index.html")).unwrap();
    assert!(
        !built.contains("__bangvang"),
        "the dev script leaked into build output"
    );
}

#[test]
fn a_taken_port_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_dir(&fixture("serve-site"), &site);
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let mut server = Server(
        bin()
            .args([
                "serve",
                "--root",
                site.to_str().unwrap(),
                "--port",
                &port.to_string(),
            ])
            .env("TMPDIR", tmp.path())
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let status = wait_for(Duration::from_secs(10), "serve to give up", || {
        server.0.try_wait().unwrap()
    });
    let mut stderr = String::new();
    server
        .0
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains(&format!("port {port} is already in use")),
        "{stderr}"
    );
    assert!(stderr.contains("--port"), "{stderr}");
    drop(taken);
}
