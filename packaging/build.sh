#!/usr/bin/env bash
# Builds the installable Linux app: a jlink-trimmed runtime, a self-contained app image and a .deb.
#
#   packaging/build.sh [--skip-maven] [app-image|deb|all]      (default: all)
#
# Output under target/package/:
#   runtime/                      the trimmed Java runtime (only the modules the app uses)
#   trade-workbench/              the app image; launcher: trade-workbench/bin/trade-workbench
#   trade-workbench_<ver>_<arch>.deb
# Needs a JDK 17+ with jmods (jdeps, jlink, jpackage on PATH or under $JAVA_HOME/bin); the .deb also needs
# fakeroot and binutils (objdump). --skip-maven reuses an existing target/trade-workbench.jar (e.g. after
# `mvn verify`).
set -euo pipefail
cd "$(dirname "$0")/.."

skip_maven=false
what=all
for arg in "$@"; do
  case "$arg" in
    --skip-maven) skip_maven=true ;;
    app-image|deb|all) what="$arg" ;;
    *) echo "usage: packaging/build.sh [--skip-maven] [app-image|deb|all]" >&2; exit 2 ;;
  esac
done

tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"
  elif command -v "$1" >/dev/null 2>&1; then command -v "$1"
  else echo "packaging/build.sh: $1 not found (install a full JDK 17+ or set JAVA_HOME)" >&2; exit 2
  fi
}
JDEPS=$(tool jdeps); JLINK=$(tool jlink); JPACKAGE=$(tool jpackage)

if ! $skip_maven; then
  mvn -B -DskipTests package
fi
jar=target/trade-workbench.jar
[ -f "$jar" ] || { echo "packaging/build.sh: $jar is missing (run without --skip-maven)" >&2; exit 2; }

# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT -> 0.1.0.
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
version=${version%%-*}

out=target/package
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

# The modules the jar's classes reference (JavaFX and the libraries are on the class path inside the shaded
# jar), plus the ones reached only through service loading or reflection, which jdeps cannot see:
#   java.prefs       java.util.prefs (remembered window layout, recent files, preferences)
#   java.logging     java.util.logging, used by JavaFX and ControlsFX at run time
#   jdk.localedata   number and date formats for the user's locale
#   jdk.charsets     legacy encodings offered by the CSV importer (e.g. windows-1252 exports)
#   jdk.zipfs        reading zipped downloads through the zip file system
detected=$("$JDEPS" --ignore-missing-deps --multi-release 17 --print-module-deps "$jar")
modules="$detected,java.prefs,java.logging,jdk.localedata,jdk.charsets,jdk.zipfs"
echo "runtime modules: $modules"
"$JLINK" --add-modules "$modules" --strip-debug --strip-native-commands --no-header-files --no-man-pages --compress=2 \
  --output "$out/runtime"

common=(
  --name trade-workbench
  --app-version "$version"
  --vendor "Trade Workbench"
  --description "Time-series econometrics workbench for trade data"
  --input "$out/input"
  --main-jar trade-workbench.jar
  --main-class org.tradeworkbench.Launcher
  --runtime-image "$out/runtime"
  --icon packaging/icons/trade-workbench.png
  --dest "$out"
)

if [ "$what" = app-image ] || [ "$what" = all ]; then
  "$JPACKAGE" --type app-image "${common[@]}"
  echo "app image: $out/trade-workbench (launcher $out/trade-workbench/bin/trade-workbench)"
fi

if [ "$what" = deb ] || [ "$what" = all ]; then
  "$JPACKAGE" --type deb "${common[@]}" \
    --linux-package-name trade-workbench \
    --linux-deb-maintainer "maintainers@tradeworkbench.org" \
    --linux-package-deps libgtk-3-0 \
    --linux-app-category science \
    --linux-menu-group "Science;Economy" \
    --linux-shortcut \
    --resource-dir packaging/linux
  ls "$out"/*.deb
fi
