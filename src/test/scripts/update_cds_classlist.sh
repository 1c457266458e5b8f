#!/usr/bin/env bash
# Regenerates src/main/cds/desktop.classlist: the classes the desktop app loads while it starts on the sample
# data and its seven tabs are opened once. `mvn package` turns that list into target/trade-workbench.jsa, the
# class-data archive the app maps at start (see DesktopLaunch). Run it after larger UI changes; a stale list
# still works, it only archives fewer classes.
#
#   mvn -B -o -q -DskipTests package && src/test/scripts/update_cds_classlist.sh
#
# Needs Xvfb and xdotool.
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=target/trade-workbench.jar
out=src/main/cds/desktop.classlist
[ -f "$jar" ] || { echo "no $jar: build it first" >&2; exit 2; }
disp=:$(( 300 + RANDOM % 100 ))
Xvfb "$disp" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
tmp=$(mktemp -d)
trap 'kill $xpid 2>/dev/null; rm -rf "$tmp"' EXIT
export DISPLAY=$disp
sleep 1
java -Dtw.launch.archive=false -Dtw.recovery.dir="$tmp/recovery" -XX:DumpLoadedClassList="$tmp/classlist" \
  -jar "$jar" >/dev/null 2>&1 &
pid=$!
win=
for _ in $(seq 1 100); do
  win=$(xdotool search --name "Trade Workbench" 2>/dev/null | head -1 || true)
  [ -n "$win" ] && break
  sleep 0.2
done
[ -n "$win" ] || { echo "the window did not open" >&2; kill $pid; exit 1; }
sleep 4
for tab in 2 3 4 5 6 7 1; do
  xdotool key --window "$win" "ctrl+$tab"
  sleep 3
done
kill $pid
wait $pid 2>/dev/null || true
# Dynamic proxies get new names in every run and cannot be archived by name.
grep -v '\$Proxy' "$tmp/classlist" > "$out"
echo "$(wc -l < "$out") classes in $out"
