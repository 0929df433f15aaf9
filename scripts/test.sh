#!/usr/bin/env bash
# The one test command: installs what npm cannot, builds for production, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

has_playwright_browser() {
  node -e "const fs=require('fs');const {chromium}=require('@playwright/test');process.exit(fs.existsSync(chromium.executablePath())?0:1)" 2>/dev/null
}

apt_install() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "Please install: $* (Debian: apt-get install -y $*)" >&2
    return 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The browser tests prefer Debian's headless shell (the lighter build Playwright itself uses headless).
if ! has_playwright_browser && ! command -v chromium-headless-shell >/dev/null; then
  echo "Installing Debian's chromium-headless-shell for the browser tests…"
  apt_install chromium-headless-shell || command -v chromium >/dev/null || apt_install chromium
fi
# The static export is served by Debian's nginx in the e2e suite.
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "Installing nginx for the static-export tests…"
  apt_install nginx
fi
export PATH="$PATH:/usr/sbin"
# The photo tests write and read a phone's EXIF (GPS, camera, serial number) with exiftool.
if ! command -v exiftool >/dev/null; then
  echo "Installing exiftool for the photo tests…"
  apt_install libimage-exiftool-perl
fi
# The Nu Html Checker (vnu-jar) runs on Java.
if ! command -v java >/dev/null; then
  echo "Installing a Java runtime for the HTML validator…"
  apt_install default-jre-headless
fi
# Chinese glyphs in the saved screenshots; the tests themselves do not depend on it.
if command -v fc-list >/dev/null && ! fc-list :lang=zh | grep -q .; then
  apt_install fonts-noto-cjk || echo "fonts-noto-cjk not installed: Chinese text in screenshots will show as boxes" >&2
fi

# Fast checks first, so that the suite fails fast, side by side: unit tests, types and lint. The types need
# contentlayer2's declarations and Next's route types, which take seconds without a build.
checks=$(mktemp -d)
npm run test:unit >"$checks/unit tests" 2>&1 &
unit=$!
(npx contentlayer2 build && npx next typegen && npx tsc --noEmit) >"$checks/types" 2>&1 &
types=$!
npm run lint >"$checks/lint" 2>&1 &
lint=$!
failed=0
for check in "unit tests:$unit" "types:$types" "lint:$lint"; do
  name=${check%:*}
  if wait "${check##*:}"; then
    echo "✓ $name"
  else
    cat "$checks/$name"
    echo "✗ $name" >&2
    failed=1
  fi
done
rm -rf "$checks"
[ "$failed" -eq 0 ] || exit 1
# The builds have been type-checked above: next build does not check them again.
export BUILD_TYPECHECKED=1
# The real content/, as editors leave it: the content check runs first and refuses bad content.
npm run build
# The fixture site of the behavioural browser tests (e2e/fixture), in a copy: Node build and static export in one run.
npx tsx tests/support/build-fixture-site.ts
npm run test:build
# Every build is done before the browser tests start: nothing builds while they measure.
npx playwright test
