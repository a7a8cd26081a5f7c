#!/usr/bin/env bash
# Peak memory of the churn contenders (BENCHMARKS.md): runs each of mops, DuckDB (JDBC, 2 threads)
# and the hand-written analyst program as a process of its own under /usr/bin/time -v
# (dev.mops.benchmarks.churn.ChurnProcess), prints the wall time and maximum resident set size of
# each, and fails if their monthly tables differ. Needs mops-benchmarks/target/benchmarks.jar
# (./mvnw -Pbenchmarks -pl mops-benchmarks -am package -DskipTests).
#
# Usage: mops-benchmarks/run-churn-processes.sh [FILE [RUNS]]
#   FILE  the export (default mops-benchmarks/target/events-10000000.csv, written if missing)
#   RUNS  rounds of the three contenders, interleaved (default 1)
# Extra JVM options for all three: JAVA_OPTS="-Xmx2g" mops-benchmarks/run-churn-processes.sh
set -euo pipefail
cd "$(dirname "$0")/.."

jar=mops-benchmarks/target/benchmarks.jar
file="${1:-mops-benchmarks/target/events-10000000.csv}"
runs="${2:-1}"
out=mops-benchmarks/target/churn-processes
mkdir -p "$out"
[ -f "$jar" ] || { echo "no $jar: build it with ./mvnw -Pbenchmarks -pl mops-benchmarks -am package -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "no /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
if [ ! -f "$file" ]; then
  rows="$(basename "$file" | sed -n 's/^events-\([0-9]*\)\.csv$/\1/p')"
  [ -n "$rows" ] || { echo "no file $file" >&2; exit 2; }
  echo "== writing $file ($rows rows, the benchmark export's seed and contacts)"
  java -cp "$jar" dev.mops.testing.EmailEventFiles "$file" "$rows"
fi

echo "== $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
echo "== $file: $(du -h "$(readlink -f "$file")" | cut -f1)"
printf '%-8s %-4s %10s %10s %14s\n' contender run "wall (s)" "cpu (s)" "max RSS (MB)"
for run in $(seq 1 "$runs"); do
  for who in mops duckdb analyst; do
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    /usr/bin/time -v -o "$out/$who.time" java ${JAVA_OPTS:-} -cp "$jar" \
      dev.mops.benchmarks.churn.ChurnProcess "$who" "$file" > "$out/$who.txt"
    wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/$who.time" \
      | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }')"
    cpu="$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$out/$who.time")"
    rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$out/$who.time")"
    printf '%-8s %-4s %10s %10s %14s\n' "$who" "$run" "$wall" "$cpu" "$rss"
  done
  for who in duckdb analyst; do
    if ! cmp -s "$out/mops.txt" "$out/$who.txt"; then
      echo "$who's monthly table differs from mops's:" >&2
      diff "$out/mops.txt" "$out/$who.txt" >&2 || true
      exit 1
    fi
  done
done
echo "== the three monthly tables agree ($(wc -l < "$out/mops.txt") months); mops's: $out/mops.txt"
