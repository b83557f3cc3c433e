#!/usr/bin/env bash
# Prints every conference handout of a built site to PDF in headless Chromium and checks the
# print layout that src/render/pages/handout.rs promises:
#   - every page is A4;
#   - the page count is 1 (cover) + 1 (program) + one per honoree + one per campaign summary;
#   - the Vietnamese text can be extracted (title, program heading, names);
#   - honoree k of P is on page 2 + k ("Gương điển hình k/P" and the name), and the name is on
#     exactly one of the profile pages: no profile is split across two pages;
#   - every page but the cover has the running title and "page / pages" at the foot.
#
# Usage: ci/check-handout.sh <public-dir>
# Needs: chromium (Debian package `chromium`), pdfinfo and pdftotext (`poppler-utils`), python3.
set -euo pipefail

public="${1:?usage: ci/check-handout.sh <public-dir>}"
public="$(cd "$public" && pwd)"
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
for tool in "$browser" pdfinfo pdftotext python3; do
  if [ -z "$tool" ] || ! command -v "$tool" >/dev/null; then
    echo "check-handout: missing tool ${tool:-chromium} (apt-get install -y chromium poppler-utils)" >&2
    exit 2
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

shopt -s nullglob
handouts=("$public"/conferences/*/handout/index.html)
if [ ${#handouts[@]} -eq 0 ]; then
  echo "check-handout: no handout under $public/conferences/*/handout/" >&2
  exit 1
fi

status=0
for html in "${handouts[@]}"; do
  id="$(basename "$(dirname "$(dirname "$html")")")"
  pdf="$work/$id.pdf"
  "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile-$id" \
    --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html" >/dev/null 2>&1 || true
  if [ ! -s "$pdf" ]; then
    echo "FAIL $id: Chromium did not print the handout" >&2
    status=1
    continue
  fi
  python3 - "$html" "$pdf" "$id" <<'PY' || status=1
import html.parser, re, subprocess, sys, unicodedata

html_path, pdf, ident = sys.argv[1:4]

class Handout(html.parser.HTMLParser):
    """Reads what the layout should be from the handout's own markup."""
    def __init__(self):
        super().__init__()
        self.profiles, self.campaigns, self.names, self.title = 0, 0, [], ""
        self._in_title = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-profiles" in a:
            self.profiles, self.campaigns = int(a["data-profiles"]), int(a["data-campaigns"])
        if a.get("data-section") == "profile":
            self.names.append(a["data-name"])
        if tag == "h1" and "cover-title" in (a.get("class") or ""):
            self._in_title = True
    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_title = False
    def handle_data(self, data):
        if self._in_title:
            self.title += data

h = Handout()
h.feed(open(html_path, encoding="utf-8").read())

def norm(s):
    """NFC, case folded, runs of white space made one: CSS may print headings in capitals
    and wrap long titles."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold().strip()

fails = []
info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", pdf], capture_output=True, text=True, check=True).stdout
pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
for m in re.finditer(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts", info, re.M):
    w, hgt = float(m.group(2)), float(m.group(3))
    if abs(w - 595.28) > 2 or abs(hgt - 841.89) > 2:
        fails.append(f"page {m.group(1)} is {w} x {hgt} pt, not A4 (595 x 842)")

expected = 2 + h.profiles + h.campaigns
if pages != expected:
    fails.append(f"{pages} pages, expected {expected} (cover + program + {h.profiles} profiles + {h.campaigns} campaign summaries)")

def text(page):
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return norm(out)

texts = {p: text(p) for p in range(1, pages + 1)}
title = norm(h.title)
if not title or title not in texts.get(1, ""):
    fails.append(f"the title “{h.title.strip()}” is not extractable from the cover")
if "chương trình hội nghị" not in texts.get(2, ""):
    fails.append("“Chương trình hội nghị” is not extractable from page 2")
for p in range(2, pages + 1):
    t = texts[p]
    if title and title not in t:
        fails.append(f"page {p} has no running title")
    if not re.search(rf"(^|\s){p}\s*/\s*{pages}(\s|$)", t):
        fails.append(f"page {p} has no page number “{p} / {pages}”")
profile_pages = range(3, 3 + h.profiles)
for k, name in enumerate(h.names, start=1):
    page = 2 + k
    n = norm(name)
    if f"gương điển hình {k}/{h.profiles}" not in texts.get(page, "") or n not in texts.get(page, ""):
        fails.append(f"profile {k} ({name}) does not start on page {page}")
    on = [p for p in profile_pages if n in texts.get(p, "")]
    if len(on) != 1:
        fails.append(f"the name {name} is on profile pages {on}, expected exactly one")
for j in range(1, h.campaigns + 1):
    page = 2 + h.profiles + j
    if f"kết quả phong trào {j}/{h.campaigns}" not in texts.get(page, ""):
        fails.append(f"campaign summary {j} does not start on page {page}")

if fails:
    for f in fails:
        print(f"FAIL {ident}: {f}", file=sys.stderr)
    sys.exit(1)
print(f"ok   {ident}: {pages} A4 pages, {h.profiles} profiles each on one page, {h.campaigns} campaign summaries")
PY
done
exit $status
