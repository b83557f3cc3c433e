#!/usr/bin/env bash
# The checks that need a real browser and the W3C HTML checker, over the example site built by
# the release binary (issue 6). Called by .ci/run after `cargo test`; runs on a clean machine
# that has only Rust, Python, Node and npm, installing the rest:
#   - Debian's chromium, poppler-utils (pdfinfo), a Java runtime (for vnu.jar) and the Liberation
#     fonts the print stylesheet names, with apt-get, when missing;
#   - playwright-core, axe-core and vnu-jar from ci/browser/package-lock.json (npm ci).
# Then:
#   1. the Nu HTML checker on every HTML page (of the example site with its English mirror under
#      en/, of the escaping site, tests/fixtures/escaping/, and of the English site,
#      tests/fixtures/english-site/): no errors;
#   2. ci/browser/run.js in headless Chromium (each kind of page, and its English twin under en/):
#      axe-core, layout at 360×740 and 1280×800
#      (screenshots in target/screenshots/), links from file://, A4 printing (PDFs beside the
#      screenshots); every page of the escaping site opened without injected code running;
#   3. ci/check-handout.sh (when present) on the handouts' print layout.
# Closes with `N passed, M failed`; exits non-zero on any failure.
#
# Environment: CHROMIUM (default /usr/bin/chromium), KEEP_SITE=1 keeps the built site.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
start=$(date +%s)
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
finish() {
  echo "browser checks took $(($(date +%s) - start)) s"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

echo "-- tools"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v pdfinfo >/dev/null || missing+=(poppler-utils)
command -v java >/dev/null || missing+=(default-jre-headless)
# The print stylesheets name Times New Roman, then Liberation Serif: without it page counts
# would depend on whatever font the machine falls back to.
fc-list 2>/dev/null | grep -q "Liberation Serif" || missing+=(fonts-liberation)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# --ignore-scripts: vnu-jar's install script would download a Java runtime; the machine's is used.
(cd ci/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
vnu="$repo/ci/browser/node_modules/vnu-jar/build/dist/vnu.jar"

echo "-- build the example site (release)"
cargo build --release --quiet
site_parent=$(mktemp -d)
if [ "${KEEP_SITE:-}" = 1 ]; then
  echo "the built site is kept in $site_parent/site"
else
  trap 'rm -rf "$site_parent"' EXIT
fi
site="$site_parent/site"
if target/release/bangvang build --root "$repo" --output "$site"; then
  ok "the example site builds"
else
  fail "the example site builds"
  finish
  exit 1
fi
# The escaping site: markup in every field (tests/escaping.rs); honorees once the build reads them.
inert_src="$site_parent/escaping-src"
inert="$site_parent/escaping"
cp -r tests/fixtures/escaping "$inert_src"
[ -d content/honorees ] && cp -r tests/fixtures/escaping-honorees/. "$inert_src/"
if target/release/bangvang build --root "$inert_src" --output "$inert" >/dev/null; then
  ok "the escaping site builds"
else
  fail "the escaping site builds"
fi

# The English site (language: en, tests/languages.rs): the theme's English words in valid HTML.
english="$site_parent/english"
if target/release/bangvang build --root tests/fixtures/english-site --output "$english" >/dev/null; then
  ok "the English site builds"
else
  fail "the English site builds"
fi

echo "-- Nu HTML checker"
# Every site: the escaping one proves that escaped markup still makes valid HTML; the example
# holds its English mirror under en/.
for dir in "$site" "$inert" "$english"; do
  pages=$(find "$dir" -name '*.html' | wc -l)
  if vnu_out=$(java -jar "$vnu" --errors-only --skip-non-html "$dir" 2>&1); then
    ok "Nu HTML checker: $(basename "$dir"), $pages pages, no errors"
  else
    fail "Nu HTML checker: $(basename "$dir"), errors in the HTML"
    echo "$vnu_out" | sed "s|file:$dir/||" | head -50
  fi
done

echo "-- headless Chromium"
shots="$repo/target/screenshots"
rm -rf "$shots"
mkdir -p "$shots"
log=$(mktemp)
node ci/browser/run.js --site "$site" --shots "$shots" --inert "$inert" | tee "$log" || true
result=$(grep '^RESULT ' "$log" | tail -1 || true)
rm -f "$log"
if [ -z "$result" ]; then
  fail "the browser checks did not finish"
else
  read -r _ p f <<<"$result"
  passed=$((passed + p))
  failed=$((failed + f))
fi
echo "screenshots and PDFs: $shots"

# The handout's own layout promises (one profile a page, running titles), checked by the script
# that comes with it (src/render/pages/handout.rs).
if [ -f ci/check-handout.sh ]; then
  echo "-- handout layout (ci/check-handout.sh)"
  if bash ci/check-handout.sh "$site"; then
    ok "handout layout: ci/check-handout.sh"
  else
    fail "handout layout: ci/check-handout.sh"
  fi
fi
finish
