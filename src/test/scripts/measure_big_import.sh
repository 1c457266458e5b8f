#!/bin/sh
# Big-file import against DuckDB in the same run (docs/performance.md, Big files). Writes a 10-million-row wide
# table (about 940 MB) and a product-level long table of about 10 million rows to DIR (default /tmp/big; never
# commit them), then imports each with our reader in a JVM of bounded heap and with DuckDB's read_csv, printing
# the load before and after. DuckDB runs with its default threads (the cores) and with one, as our reader. Needs the DuckDB driver once: mvn -Pduckdb dependency:resolve (network).
#   mvn -o -q test-compile && src/test/scripts/measure_big_import.sh [DIR]
set -e
cd "$(dirname "$0")/../../.."
DIR=${1:-/tmp/big}
mvn -o -q -Pduckdb dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$DIR.cp" >/dev/null
CP=target/test-classes:target/classes:$(cat "$DIR.cp")
if [ ! -f "$DIR/wide.csv" ] || [ ! -f "$DIR/products.csv" ]; then
  java -cp "$CP" org.tradeworkbench.core.io.SyntheticLoadFiles "$DIR" 10000000 52
fi
ls -l "$DIR/wide.csv" "$DIR/products.csv"
echo "load before: $(uptime)"
echo "ours   wide.csv  -Xmx2g:   $(java -Xmx2g -cp "$CP" org.tradeworkbench.core.io.ImportMeasure "$DIR/wide.csv")"
echo "duckdb wide.csv:           $(java -cp "$CP" org.tradeworkbench.core.io.DuckDbImportMeasure wide "$DIR/wide.csv")"
echo "duckdb wide.csv, 1 thread: $(java -cp "$CP" org.tradeworkbench.core.io.DuckDbImportMeasure wide "$DIR/wide.csv" 1)"
echo "ours   products.csv -Xmx256m: $(java -Xmx256m -cp "$CP" org.tradeworkbench.core.io.ImportMeasure "$DIR/products.csv" partner)"
echo "duckdb products.csv:       $(java -cp "$CP" org.tradeworkbench.core.io.DuckDbImportMeasure long "$DIR/products.csv")"
echo "duckdb products.csv, 1 thread: $(java -cp "$CP" org.tradeworkbench.core.io.DuckDbImportMeasure long "$DIR/products.csv" 1)"
echo "load after: $(uptime)"
