#!/usr/bin/env bash
# Install Debian's chromium, its WebDriver and a Japanese font when they are
# missing, for the browser test of the HTML report (without the font the
# screenshot shows boxes for every Japanese character). Exit 0 when all are
# there afterwards, 3 when apt cannot be used (mirrors unreachable, not root:
# the test then skips with this reason), anything else on a real failure
# (the test then fails).
set -euo pipefail

have() { command -v chromium >/dev/null && command -v chromedriver >/dev/null && fc-list :lang=ja | grep -q .; }
have && exit 0

if ! command -v apt-get >/dev/null; then
    echo "browser_setup: apt-get not found; install chromium and chromium-driver by hand" >&2
    exit 3
fi
if [ "$(id -u)" != 0 ]; then
    echo "browser_setup: not root, so apt-get cannot install; run: sudo apt-get install chromium chromium-driver fonts-ipafont-gothic" >&2
    exit 3
fi
export DEBIAN_FRONTEND=noninteractive
# apt-get update exits 0 even when some mirrors are unreachable, and 100 on
# others; "offline" means: the update did not go through cleanly and apt
# still knows no chromium to install.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
apt-get update >"$log" 2>&1 || true
cat "$log" >&2
if grep -qE '^(W|E): (Failed to fetch|Could not resolve|Some index files failed|Unable to)' "$log" \
   && ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    echo "browser_setup: apt mirrors unreachable" >&2
    exit 3
fi
apt-get install -y --no-install-recommends chromium chromium-driver fonts-ipafont-gothic fontconfig >&2
have || { echo "browser_setup: chromium, chromedriver or a Japanese font still missing after apt-get install" >&2; exit 1; }
