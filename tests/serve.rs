//! `bangvang serve`: answers on 127.0.0.1, follows a change within two seconds and tells the
//! browser to reload, keeps the last good page when an edit breaks the site; answers only its
//! own host, lets no other site read it, never redirects elsewhere, bounds what a request and
//! its connections may cost, and builds into a fresh private folder that it removes.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use bangvang::serve::folder::{MARKER, PREFIX, marker_text};
use common::cli::{Reply, bin, free_port, get, read_reply, send};
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
        write!(stream, "GET /__bangvang/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n").unwrap();
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
    let moved = send(
        port,
        format!("GET /tin-tuc HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    )
    .unwrap();
    assert_eq!(
        (moved.status, moved.header("Location")),
        (301, Some("/tin-tuc/"))
    );

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

/// A served copy of the `serve-site` fixture whose first build is done.
struct Running {
    server: Server,
    port: u16,
    /// The temporary folder serve was given (TMPDIR).
    scratch: PathBuf,
    _tmp: tempfile::TempDir,
}

impl Running {
    fn start() -> Running {
        Running::start_in(tempfile::tempdir().unwrap(), Stdio::null())
    }

    /// Starts serve with `tmp/tmp` as its temporary folder (created when missing).
    fn start_in(tmp: tempfile::TempDir, stdout: Stdio) -> Running {
        let site = tmp.path().join("site");
        let scratch = tmp.path().join("tmp");
        std::fs::create_dir_all(&scratch).unwrap();
        copy_dir(&fixture("serve-site"), &site);
        let port = free_port();
        let child = bin()
            .args(["serve", "--root", site.to_str().unwrap(), "--port"])
            .arg(port.to_string())
            .env("TMPDIR", &scratch)
            .stdout(stdout)
            .stderr(Stdio::null())
            .spawn()
            .expect("serve starts");
        let running = Running {
            server: Server(child),
            port,
            scratch,
            _tmp: tmp,
        };
        wait_for(Duration::from_secs(30), "the first build", || {
            get(port, "/tin-tuc/bai/").filter(|(s, _)| *s == 200)
        });
        running
    }

    fn pid(&self) -> u32 {
        self.server.0.id()
    }

    /// Sends a raw request; the answer.
    fn ask(&self, request: &str) -> Reply {
        send(self.port, request.as_bytes())
            .unwrap_or_else(|| panic!("no answer to {:?}", &request[..request.len().min(200)]))
    }

    /// GET `path` with these extra header lines (each ending in `\r\n`).
    fn get_with(&self, path: &str, headers: &str) -> Reply {
        let port = self.port;
        self.ask(&format!(
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{headers}Connection: close\r\n\r\n"
        ))
    }

    fn connect(&self) -> TcpStream {
        let s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        s
    }
}

/// The threads of a process, where the system lists them.
fn threads(pid: u32) -> Option<usize> {
    std::fs::read_dir(format!("/proc/{pid}/task"))
        .ok()
        .map(|d| d.count())
}

#[test]
fn answers_only_its_own_host() {
    let s = Running::start();
    let port = s.port;
    for own in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("LocalHost:{port}"),
    ] {
        let r = s.ask(&format!(
            "GET /tin-tuc/bai/ HTTP/1.1\r\nHost: {own}\r\nConnection: close\r\n\r\n"
        ));
        assert_eq!(r.status, 200, "Host: {own}");
    }
    let refused = [
        "Host: evil.example\r\n".to_string(),
        format!("Host: evil.example:{port}\r\n"),
        format!("Host: localhost.evil.example:{port}\r\n"),
        format!("Host: 127.0.0.2:{port}\r\n"),
        "Host: 127.0.0.1\r\n".to_string(),
        "Host: localhost:1\r\n".to_string(),
        format!("Host: 127.0.0.1:{port}\r\nHost: evil.example\r\n"),
        String::new(),
    ];
    for path in ["/tin-tuc/bai/", "/__bangvang/events", "/nope"] {
        for host in &refused {
            let r = s.ask(&format!(
                "GET {path} HTTP/1.1\r\n{host}Connection: close\r\n\r\n"
            ));
            assert!(
                matches!(r.status, 400 | 421),
                "{host:?} {path}: {}",
                r.status
            );
            assert_eq!(r.header("Content-Type"), Some("text/plain; charset=utf-8"));
            assert!(r.body.len() < 200, "{}", r.text());
            assert!(!r.text().contains("Phiên bản"), "{}", r.text());
        }
    }
    let old = s.ask("GET /tin-tuc/bai/ HTTP/1.0\r\n\r\n");
    assert_eq!(old.status, 400, "HTTP/1.0 without a Host is refused too");
}

#[test]
fn no_answer_lets_other_sites_read() {
    let s = Running::start();
    let port = s.port;
    let origin = "Origin: http://evil.example\r\n";
    let mut replies = vec![
        s.get_with("/tin-tuc/bai/", origin),
        s.get_with("/khong-co/", origin),
        s.get_with("/tin-tuc", origin),
        s.ask(&format!(
            "OPTIONS /tin-tuc/bai/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{origin}Access-Control-Request-Method: GET\r\nConnection: close\r\n\r\n"
        )),
        s.ask(&format!(
            "GET / HTTP/1.1\r\nHost: evil.example:{port}\r\n{origin}Connection: close\r\n\r\n"
        )),
    ];
    // The event stream: its head.
    let mut stream = s.connect();
    write!(
        stream,
        "GET /__bangvang/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{origin}Accept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap() == 1 {
        head.push(byte[0]);
    }
    replies.push(common::cli::parse_reply(&head, true).unwrap().0);
    assert_eq!(replies.last().unwrap().status, 200);
    for r in &replies {
        assert!(
            !r.headers
                .iter()
                .any(|(n, _)| n.to_ascii_lowercase().starts_with("access-control-")),
            "{r:?}"
        );
        assert_eq!(r.header("Cache-Control"), Some("no-store"), "{r:?}");
    }

    // A page elsewhere including one of the site's files (a script, an image) is refused; a
    // link followed from elsewhere, and the site's own requests, are answered.
    let cross = "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\n";
    assert_eq!(s.get_with("/tin-tuc/bai/", cross).status, 403);
    let same_site = "Sec-Fetch-Site: same-site\r\nSec-Fetch-Mode: cors\r\n";
    assert_eq!(s.get_with("/__bangvang/events", same_site).status, 403);
    let link = "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: navigate\r\n";
    assert_eq!(s.get_with("/tin-tuc/bai/", link).status, 200);
    let own = "Sec-Fetch-Site: same-origin\r\nSec-Fetch-Mode: no-cors\r\n";
    assert_eq!(s.get_with("/tin-tuc/bai/", own).status, 200);
}

#[test]
fn redirects_stay_on_this_host() {
    let s = Running::start();
    let r = s.get_with("/tin-tuc", "");
    assert_eq!((r.status, r.header("Location")), (301, Some("/tin-tuc/")));
    let r = s.get_with("/tin-tuc?next=//evil.example", "");
    assert_eq!((r.status, r.header("Location")), (301, Some("/tin-tuc/")));
    for path in [
        "//tin-tuc",
        "//tin-tuc/",
        "///tin-tuc",
        "//evil.example",
        "/\\evil.example",
        "/\\tin-tuc",
        "/tin-tuc\\",
        "/%2F%2Fevil.example",
        "/%2Ftin-tuc",
        "/%5Ctin-tuc",
    ] {
        let r = s.get_with(path, "");
        assert_eq!(r.status, 404, "{path}");
        assert_eq!(r.header("Location"), None, "{path}");
    }
}

#[test]
fn request_size_is_bounded() {
    let s = Running::start();
    let port = s.port;
    let host = format!("Host: 127.0.0.1:{port}\r\n");

    let long = s.get_with(&format!("/{}", "a".repeat(9 * 1024)), "");
    assert_eq!(long.status, 414);
    let big = s.get_with("/", &format!("X-Big: {}\r\n", "b".repeat(17 * 1024)));
    assert_eq!(big.status, 431);
    let many: String = (0..100).map(|i| format!("X-{i}: y\r\n")).collect();
    assert_eq!(s.get_with("/", &many).status, 431);

    // A 20 MB address is refused as soon as it passes the limit, while the client still sends.
    let mut conn = s.connect();
    let mut writer = conn.try_clone().unwrap();
    let sent_at = Instant::now();
    let sending = std::thread::spawn(move || {
        let _ = writer.write_all(b"GET /");
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..20 {
            if writer.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    let answer = read_reply(&mut conn).expect("an answer to a 20 MB address");
    let took = sent_at.elapsed();
    assert_eq!(answer.status, 414);
    assert!(took < Duration::from_secs(10), "{took:?}");
    drop(conn);
    sending.join().unwrap();

    let post = s.ask(&format!(
        "POST /tin-tuc/bai/ HTTP/1.1\r\n{host}Content-Length: 5\r\n\r\nhello"
    ));
    assert_eq!(
        (post.status, post.header("Allow")),
        (405, Some("GET, HEAD"))
    );
    assert!(!post.text().contains("Phiên bản"));

    // HEAD: the headers of GET, no body.
    let got = s.get_with("/tin-tuc/bai/", "");
    let head = s.ask(&format!(
        "HEAD /tin-tuc/bai/ HTTP/1.1\r\n{host}Connection: close\r\n\r\n"
    ));
    assert_eq!(head.status, 200);
    assert_eq!(
        head.header("Content-Length"),
        Some(got.body.len().to_string().as_str())
    );
    assert_eq!(head.header("Content-Type"), got.header("Content-Type"));
    assert!(head.body.is_empty(), "{:?}", head.text());

    // A kept-alive connection answers requests one after another; a request that announces a
    // body is answered and the connection closed, so the body never counts as a request.
    let mut conn = s.connect();
    write!(
        conn,
        "GET /tin-tuc/bai/ HTTP/1.1\r\n{host}\r\nGET /khong-co/ HTTP/1.1\r\n{host}\r\n"
    )
    .unwrap();
    assert_eq!(read_reply(&mut conn).unwrap().status, 200);
    assert_eq!(read_reply(&mut conn).unwrap().status, 404);
    let smuggled = format!("GET /khong-co/ HTTP/1.1\r\n{host}\r\n");
    write!(
        conn,
        "GET /tin-tuc/bai/ HTTP/1.1\r\n{host}Content-Length: {}\r\n\r\n{smuggled}",
        smuggled.len()
    )
    .unwrap();
    let answer = read_reply(&mut conn).unwrap();
    assert_eq!(
        (answer.status, answer.header("Connection")),
        (200, Some("close"))
    );
    let mut rest = Vec::new();
    let _ = conn.read_to_end(&mut rest);
    assert!(rest.is_empty(), "{}", String::from_utf8_lossy(&rest));
}

#[test]
fn idle_and_excess_connections_are_bounded() {
    let s = Running::start();
    let before = threads(s.pid());

    // 63 connections that send nothing and one that sends part of a head, a byte a second,
    // take every place; more are turned away at once.
    let opened_at = Instant::now();
    let mut idle: Vec<TcpStream> = (0..63).map(|_| s.connect()).collect();
    let trickle = s.connect();
    let mut writer = trickle.try_clone().unwrap();
    std::thread::spawn(move || {
        for b in b"GET / HTTP/1.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaa" {
            if writer.write_all(&[*b]).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_secs(1));
        }
    });
    wait_for(Duration::from_secs(20), "the cap to be reached", || {
        (s.get_with("/tin-tuc/bai/", "").status == 503).then_some(())
    });
    for _ in 0..20 {
        let r = s.get_with("/tin-tuc/bai/", "");
        assert_eq!(r.status, 503, "{}", r.text());
    }
    if let (Some(before), Some(during)) = (before, threads(s.pid())) {
        assert!(
            during <= before + 64 + 2,
            "{before} threads before, {during} with 64 idle connections and 20 more turned away"
        );
    }

    // Idle connections are closed after 10 s without a complete head; the trickling one
    // gets a 408.
    for conn in &mut idle {
        conn.set_read_timeout(Some(Duration::from_secs(15)))
            .unwrap();
        let mut buf = [0u8; 16];
        let n = conn.read(&mut buf).unwrap_or(0);
        assert_eq!(n, 0, "an idle connection got an answer");
    }
    let closed_after = opened_at.elapsed();
    assert!(
        closed_after < Duration::from_secs(30),
        "idle connections closed after {closed_after:?}"
    );
    let mut trickle = trickle;
    trickle
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let mut got = Vec::new();
    let _ = trickle.read_to_end(&mut got);
    assert!(
        got.starts_with(b"HTTP/1.1 408"),
        "{}",
        String::from_utf8_lossy(&got)
    );
    drop(idle);

    let again = wait_for(Duration::from_secs(20), "places to be given back", || {
        Some(s.get_with("/tin-tuc/bai/", "")).filter(|r| r.status == 200)
    });
    assert_eq!(again.status, 200);
}

#[test]
fn event_streams_are_capped() {
    let s = Running::start();
    let mut streams: Vec<Events> = (0..32).map(|_| Events::open(s.port)).collect();
    let refused = s.get_with("/__bangvang/events", "");
    assert_eq!(refused.status, 503, "{}", refused.text());
    // A tab that closes gives its place back within seconds, not at the next keep-alive.
    streams.truncate(30);
    wait_for(
        Duration::from_secs(20),
        "closed streams to be noticed",
        || {
            let mut conn = TcpStream::connect(("127.0.0.1", s.port)).ok()?;
            conn.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
            write!(
                conn,
                "GET /__bangvang/events HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
                s.port
            )
            .ok()?;
            let mut buf = [0u8; 64];
            let n = conn.read(&mut buf).ok()?;
            buf[..n].starts_with(b"HTTP/1.1 200").then_some(())
        },
    );
}

/// A folder as a killed run of serve leaves it, for process `pid`, with or without its marker;
/// `n` tells apart folders of the same process.
fn leftover(tmp: &Path, pid: u32, n: u128, marked: bool) -> PathBuf {
    let dir = tmp.join(format!("{PREFIX}{pid}-{n:032x}"));
    std::fs::create_dir_all(dir.join("site")).unwrap();
    std::fs::write(dir.join("site/index.html"), "old").unwrap();
    if marked {
        std::fs::write(dir.join(MARKER), marker_text(pid)).unwrap();
    }
    dir
}

#[cfg(unix)]
#[test]
fn builds_in_a_fresh_private_folder_and_removes_it() {
    use std::os::unix::fs::PermissionsExt;

    let tmp = tempfile::tempdir().unwrap();
    let scratch = tmp.path().join("tmp");
    std::fs::create_dir_all(&scratch).unwrap();
    // What earlier runs left: a killed run's folder (removed), a folder named like one but
    // without the marker (kept), a link named like one (kept, and what it points to intact).
    let ended = {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    };
    let killed = leftover(&scratch, ended, 1, true);
    let unmarked = leftover(&scratch, ended, 2, false);
    let elsewhere = tmp.path().join("elsewhere");
    let linked = leftover(&scratch, ended, 3, true);
    std::fs::rename(&linked, &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &linked).unwrap();

    let out_file = tmp.path().join("stdout.txt");
    let stdout = std::fs::File::create(&out_file).unwrap();
    let s = Running::start_in(tmp, Stdio::from(stdout));
    let ours: Vec<PathBuf> = std::fs::read_dir(&s.scratch)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with(&format!("{PREFIX}{}-", s.pid()))
        })
        .collect();
    assert_eq!(ours.len(), 1, "{ours:?}");
    let folder = &ours[0];
    let mode = std::fs::symlink_metadata(folder)
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700);
    assert_eq!(
        std::fs::read_to_string(folder.join(MARKER)).unwrap(),
        marker_text(s.pid())
    );
    assert!(folder.join("site/tin-tuc/bai/index.html").is_file());
    let printed = std::fs::read_to_string(&out_file).unwrap();
    assert!(
        printed.contains(&folder.join("site").display().to_string()),
        "{printed}"
    );
    assert!(printed.contains("removed 1 folder(s)"), "{printed}");
    assert!(!killed.exists(), "the killed run's folder is still there");
    assert!(unmarked.exists());
    assert!(std::fs::symlink_metadata(&linked).unwrap().is_symlink());
    assert_eq!(
        std::fs::read_to_string(elsewhere.join("site/index.html")).unwrap(),
        "old"
    );

    // Ctrl-C removes the folder.
    let stopped = std::process::Command::new("kill")
        .args(["-INT", &s.pid().to_string()])
        .status()
        .unwrap();
    assert!(stopped.success());
    let mut s = s;
    wait_for(Duration::from_secs(10), "serve to stop", || {
        s.server.0.try_wait().unwrap()
    });
    assert!(!folder.exists(), "the folder outlived serve");
}
