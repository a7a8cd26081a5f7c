#!/usr/bin/env bash
# Smoke run of the whole JMH suite (BENCHMARKS.md): builds target/benchmarks.jar, then runs every
# benchmark (include pattern ".*") once, in one fork, with no warm-up and tiny sizes, so that each
# benchmark, its @Setup and its correctness check run. It measures nothing: it fails (exit 1) when a
# benchmark throws, e.g. when the churn contenders disagree. CI runs it (.ci/run).
#
# Sizes: JMH applies a "-p NAME=VALUE" only to the benchmarks that declare @Param NAME and ignores
# it for the others (JMH 1.37), so one list below serves the whole suite. A benchmark with a large
# default size adds its parameter here.
#
# Usage: mops-benchmarks/smoke.sh [MORE JMH OPTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."

params=(
  -p rows=50000       # churn.ChurnBenchmark: a 2 MB export instead of 10M rows
  -p factor=3         # json.PlanJsonBenchmark: 3 copies of the seed plan instead of 350
  -p scale=1x         # check.CheckBenchmark: the smallest random plan only
  -p contacts=100000  # email.AccumulatorBenchmark: the smaller contact base only
  -p objectives=10    # PlanNavigationBenchmark
)

# on Linux x86-64 (CI) the jar leaves out DuckDB's natives for other platforms: half the shading
profiles=benchmarks
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then profiles=benchmarks,benchmarks-linux-x64-only; fi

started=$(date +%s)
echo "== building mops-benchmarks/target/benchmarks.jar (-P$profiles), with the benchmarks' own tests (the other modules' ran in verify)"
./mvnw -B -ntp -q "-P$profiles" -pl mops-benchmarks -am package \
  -Dtest='dev/mops/benchmarks/**/*Test' -Dsurefire.failIfNoSpecifiedTests=false
echo "   built in $(( $(date +%s) - started )) s"

echo "== every benchmark once: one fork, no warm-up, one short iteration"
# it measures nothing, so it need not wait for another JMH run's lock (/tmp/jmh.lock)
java -Djmh.ignoreLock=true -jar mops-benchmarks/target/benchmarks.jar '.*' \
  -f 1 -wi 0 -i 1 -w 100ms -r 100ms -foe true "${params[@]}" \
  -rf json -rff mops-benchmarks/target/smoke.json "$@"
echo "== smoke run passed in $(( $(date +%s) - started )) s"
