#!/usr/bin/env python3
"""The author's loop, measured: how long after a score file is saved `serve` answers the
changed page with the new value (issue 14).

    cargo build --release
    python3 benches/national.py /dev/shm/national
    python3 benches/serve_loop.py /dev/shm/national [--rounds 5]

Starts `target/release/bangvang serve` on the site, waits for the first build, then, round by
round, edits one cell of unit u00000 in the small campaign (`nho`, 60 units) and in the large
one (`quoc-gia`, 10,600 units), and polls that unit's scorecard over HTTP until it shows the
new value. The time is from the end of the write to the first answer with the value; it
includes the watcher's 150 ms of quiet. Prints each round, the medians and the lines `serve`
printed. Measurement only: tests never run it.
"""

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

CASES = [
    # (name, score file, scorecard address)
    ("small campaign (60 units)", "data/campaigns/nho/scores/vhtt/self.csv",
     "/campaigns/nho/vhtt/units/u00000/"),
    ("large campaign (10,600 units)", "data/campaigns/quoc-gia/scores/vh/self.csv",
     "/campaigns/quoc-gia/vh/units/u00000/"),
]
# Values no generated cell has (they are 1.5 to 2.5 in steps of 0.25): each round writes the
# other one, so the page must change; a small change, as an author's correction is, that moves
# a unit a few ranks.
VALUES = ["2.35", "2.4"]


def get(port, path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except Exception:
        return None, ""


def set_first_cell(site: Path, rel: str) -> str:
    """Writes in the first criterion of unit u00000 (the second line) the value of VALUES it
    does not hold; returns it."""
    path = site / rel
    lines = path.read_text(encoding="utf-8").split("\n")
    fields = lines[1].split(",")
    assert fields[0] == "u00000", fields[0]
    value = VALUES[1] if fields[1] == VALUES[0] else VALUES[0]
    fields[1] = value
    lines[1] = ",".join(fields)
    tmp = path.with_name("." + path.name + ".tmp")  # a name the watcher ignores
    tmp.write_text("\n".join(lines), encoding="utf-8")
    os.replace(tmp, path)  # how editors save: a whole new file
    return value


def shows(html: str, value: str) -> bool:
    """True when a cell of the page holds exactly the value (Vietnamese decimal comma)."""
    vi = value.replace(".", ",")
    return re.search(r">\s*" + re.escape(vi) + r"\s*<", html) is not None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site", nargs="?", default="/dev/shm/national")
    ap.add_argument("--bin", default=str(Path(__file__).resolve().parent.parent
                                         / "target/release/bangvang"))
    ap.add_argument("--port", type=int, default=18111)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args()
    site = Path(args.site)
    if not (site / "config.yaml").is_file():
        sys.exit(f"no site at {site}: run benches/national.py {site} first")
    start = time.monotonic()
    env = dict(os.environ, BANGVANG_TIMINGS="1")  # the quick path's steps on stderr
    proc = subprocess.Popen(
        [args.bin, "serve", "-r", str(site), "-p", str(args.port)], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []

    def reader():
        for line in proc.stdout:
            lines.append((time.monotonic(), line.rstrip()))

    threading.Thread(target=reader, daemon=True).start()
    results = {name: [] for name, _, _ in CASES}
    try:
        while get(args.port, "/")[0] != 200:
            if proc.poll() is not None or time.monotonic() - start > 600:
                sys.exit("serve did not start:\n" + "\n".join(l for _, l in lines))
            time.sleep(0.2)
        print(f"first build served after {time.monotonic() - start:.1f} s")
        for r in range(args.rounds):
            for name, rel, page in CASES:
                time.sleep(1.0)  # let the previous change settle
                seen = len(lines)
                value = set_first_cell(site, rel)
                t0 = time.monotonic()
                while True:
                    status, html = get(args.port, page)
                    if status == 200 and shows(html, value):
                        break
                    if time.monotonic() - t0 > args.timeout:
                        sys.exit(f"{name}: {page} never showed {value}")
                    time.sleep(0.01)
                took = time.monotonic() - t0
                results[name].append(took)
                # Wait for serve's report, and for the result files it writes after the pages
                # (a national campaign's take seconds), before the next edit.
                settle = time.monotonic()
                while time.monotonic() - settle < 30 and not any(
                        ("tệp kết quả" in l or "result file" in l or "không trang" in l)
                        for _, l in lines[seen:]):
                    time.sleep(0.05)
                said = " | ".join(l for _, l in lines[seen:])
                print(f"round {r + 1} {name}: {took * 1000:.0f} ms  [{said}]")
        print("\nmedians (save → page served with the new value):")
        for name, times in results.items():
            print(f"  {name}: {statistics.median(times) * 1000:.0f} ms "
                  f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, "
                  f"{len(times)} rounds)")
        print(f"load average: {os.getloadavg()}")
    finally:
        proc.send_signal(signal.SIGINT)  # serve removes its folder on Ctrl-C
        try:
            proc.wait(timeout=120)  # removing a national site takes a while
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
