#!/usr/bin/env bash
# Builds the Linux app image and proves that it launches:
#   0. the .deb declares the GTK dependency and carries the desktop entry and icon;
#   1. the headless command line of the packaged launcher (help, and a script of data commands on sample data);
#   2. the desktop app under a virtual X server (Xvfb): its main window must appear.
#
#   packaging/smoke-test.sh [--skip-maven]
#
# --skip-maven reuses target/trade-workbench.jar from an earlier `mvn verify`. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/build.sh "$@" all
launcher=target/package/trade-workbench/bin/trade-workbench
[ -x "$launcher" ] || { echo "smoke test: no launcher at $launcher" >&2; exit 1; }

# Keep preferences, caches and recovery files of the smoke run away from the user's own.
home=$(mktemp -d)
work=$(mktemp -d)
cleanup_dirs() { rm -rf "$home" "$work"; }
trap cleanup_dirs EXIT
export JAVA_TOOL_OPTIONS="-Duser.home=$home"

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

deb=$(ls target/package/trade-workbench_*.deb)
echo "== package: $deb"
dpkg-deb -f "$deb" Package Version Depends | tee "$work/control.txt"
grep -q 'libgtk-3-0' "$work/control.txt" || fail "the .deb does not depend on libgtk-3-0"
dpkg-deb -c "$deb" > "$work/contents.txt"
for f in ./opt/trade-workbench/bin/trade-workbench ./opt/trade-workbench/lib/trade-workbench.png \
         ./opt/trade-workbench/lib/trade-workbench-trade-workbench.desktop; do
  grep -qF " $f" "$work/contents.txt" || fail "the .deb lacks $f"
done

echo "== headless: $launcher help"
"$launcher" help > "$work/help.txt" 2> "$work/help.err" || fail "help exited with $? ($(cat "$work/help.err"))"
cat "$work/help.txt"
grep -q '^Usage:' "$work/help.txt" || fail "help printed no usage line"

script=packaging/smoke/smoke.tws
echo "== headless: $launcher run-script $script"
"$launcher" run-script "$script" > "$work/script.txt" 2> "$work/script.err" \
  || fail "run-script exited with $? ($(grep -v JAVA_TOOL_OPTIONS "$work/script.err"))"
cat "$work/script.txt"
while IFS= read -r expected; do
  grep -qF -- "$expected" "$work/script.txt" || fail "run-script output lacks \"$expected\""
done < packaging/smoke/smoke.expected

echo "== desktop: main window under Xvfb"
if ! command -v Xvfb >/dev/null 2>&1 || ! command -v xwininfo >/dev/null 2>&1; then
  fail "Xvfb and xwininfo are needed for the desktop check (Debian: apt-get install xvfb x11-utils)"
fi
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3> "$work/display" 2> "$work/xvfb.err" &
xvfb_pid=$!
for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.2; done
[ -s "$work/display" ] || fail "Xvfb did not start ($(cat "$work/xvfb.err"))"
display=":$(head -1 "$work/display")"
DISPLAY=$display "$launcher" > "$work/gui.out" 2> "$work/gui.err" &
app_pid=$!
stop() { kill "$app_pid" 2>/dev/null || true; kill "$xvfb_pid" 2>/dev/null || true; wait 2>/dev/null || true; }
trap 'stop; cleanup_dirs' EXIT
found=false
for _ in $(seq 1 120); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    cat "$work/gui.err" >&2
    fail "the desktop app exited before showing its window"
  fi
  if xwininfo -display "$display" -root -tree 2>/dev/null | grep -q 'Trade Workbench'; then
    found=true
    break
  fi
  sleep 0.5
done
$found || { cat "$work/gui.err" >&2; fail "no \"Trade Workbench\" window appeared within 60 s"; }
xwininfo -display "$display" -root -tree | grep 'Trade Workbench' | head -3
if grep -E 'Exception|Error:' "$work/gui.err" >&2; then
  fail "the desktop app reported errors on start"
fi
echo "smoke test passed: the packaged app runs headless and opens its main window"
