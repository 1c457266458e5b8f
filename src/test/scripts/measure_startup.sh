#!/usr/bin/env bash
# Launch-to-first-frame timing of the desktop app, as a user starts it, under a virtual X display.
#
#   src/test/scripts/measure_startup.sh [RUNS] [JAR] [JVM OPTIONS]   (defaults: 7 runs, target/trade-workbench.jar)
#
# e.g. `measure_startup.sh 5 target/trade-workbench.jar -Dtw.launch.archive=false` starts without the class-data
# archive (see DesktopLaunch), for a before/after comparison.
#
# Runs `java -Dtw.startup.timing=true -jar JAR` RUNS times (one discarded warm-up run first, so the OS file
# cache is warm as for a user's second start), reads the "first frame" and "first frame with data" lines the
# app prints to stderr, ends the app and prints each run, the medians and the load average before and after.
# Needs Xvfb (apt-get install xvfb).
set -u
runs=${1:-7}
jar=${2:-target/trade-workbench.jar}
shift 2 2>/dev/null || shift $#
opts=("$@")
[ -f "$jar" ] || { echo "no $jar: run mvn -B -o -q package -DskipTests first" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "Xvfb is missing (apt-get install xvfb)" >&2; exit 2; }
disp=:$(( 200 + RANDOM % 100 ))
Xvfb "$disp" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
trap 'kill $xpid 2>/dev/null' EXIT
export DISPLAY=$disp
sleep 1
# The speed of a virtual machine's cores can drift over hours (the same jar measured 1.6 s and 2.3 s in one day
# here); a fixed shell loop timed before and after says which speed a measurement saw.
yardstick() { local t0 t1 i=0; t0=$(date +%s%N); while [ $i -lt 300000 ]; do i=$((i+1)); done; t1=$(date +%s%N); echo "$(( (t1 - t0) / 1000000 )) ms"; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); CPU yardstick (300,000-step shell loop): $(yardstick)"
firsts=()
datas=()
for r in $(seq 0 "$runs"); do
  log=$(mktemp)
  java "${opts[@]}" -Dtw.recovery.dir="$(dirname "$log")/startup-recovery" -Dtw.startup.timing=true -jar "$jar" \
    2>"$log" >/dev/null &
  pid=$!
  for _ in $(seq 1 600); do
    grep -q "first frame with data" "$log" && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  kill $pid 2>/dev/null
  wait $pid 2>/dev/null
  f=$(sed -n 's/^startup: first frame after \([0-9]*\) ms/\1/p' "$log")
  d=$(sed -n 's/^startup: first frame with data after \([0-9]*\) ms/\1/p' "$log")
  if [ "$r" -eq 0 ]; then
    echo "warm-up: first frame ${f:-?} ms, with data ${d:-?} ms"
  else
    echo "run $r: $(grep '^startup:' "$log" | sed 's/^startup: //' | tr '\n' ';')"
    firsts+=("${f:-99999}")
    datas+=("${d:-99999}")
  fi
  rm -f "$log"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median first frame: $(median "${firsts[@]}") ms; with data: $(median "${datas[@]}") ms (of $runs runs)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); CPU yardstick: $(yardstick)"
