#!/usr/bin/env bash
# The first hour of a Java developer, on the jars `./mvnw verify` just built (run by .ci/run after it):
#   1. a consumer project compiled against mops-core, mops-json and mops-csv on the MODULE path and on
#      the CLASS path, with javac -Xlint:all -Werror, run on the bundled samples, and documented with
#      javadoc -Xdoclint:all -Werror (which fails when a mops class file drags in an annotation class
#      the consumer does not have, as Immutables' styles once did);
#   2. ./mops-jshell with a one-line script, timed, on the jar the build left (no rebuild);
#   3. ./mops check twice: the first makes the class-data archive, the second starts from it (timed);
#   4. a Spring Boot 3-style application on Jackson 2.18 (and its jackson-annotations) with mops-jackson2.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() { # name, command...
  local name="$1"; shift
  if "$@" >"$work/out.txt" 2>&1; then
    passed=$((passed + 1)); echo "ok     $name"
  else
    failed=$((failed + 1)); echo "FAILED $name"; sed 's/^/       /' "$work/out.txt" | head -40
  fi
}

v="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)"
jars="$root/mops-core/target/mops-core-$v.jar:$root/mops-json/target/mops-json-$v.jar:$root/mops-csv/target/mops-csv-$v.jar"
# the third-party jars a consumer of mops-json gets (Jackson): mops-examples' resolved run-time class
# path, which the build wrote, less the mops jars and the command line's own picocli
deps="$(tr ':' '\n' < mops-examples/target/classpath.txt | grep -v -e '/mops-[a-z]*/target/' -e '/picocli/' | paste -sd: -)"
path="$jars:$deps"
plan="$root/mops-examples/src/main/resources/dev/mops/cli/sample-plan.json"
events="$root/mops-examples/src/main/resources/dev/mops/cli/sample-events.csv"
expected="plan mops-2027:"

mkdir -p "$work/mod/org/example/consumer" "$work/cp/org/example/consumer"
cp .ci/consumer/module-info.java "$work/mod/"
cp .ci/consumer/Consumer.java "$work/mod/org/example/consumer/"
cp .ci/consumer/Consumer.java "$work/cp/org/example/consumer/"

runs_and_prints() { # expected-prefix, java args...
  local want="$1"; shift
  local got; got="$(java "$@")" || return 1
  echo "$got"
  case "$got" in "$want"*) return 0 ;; *) echo "expected output starting with: $want"; return 1 ;; esac
}

check "module path: javac -Xlint:all -Werror" \
  javac -Xlint:all -Werror --module-path "$path" -d "$work/mod-out" \
  "$work/mod/module-info.java" "$work/mod/org/example/consumer/Consumer.java"
check "module path: runs" \
  runs_and_prints "$expected" --module-path "$path:$work/mod-out" -m org.example.consumer/org.example.consumer.Consumer "$plan" "$events"
check "module path: javadoc -Xdoclint:all -Werror" \
  javadoc -quiet -Xdoclint:all -Werror --module-path "$path" -d "$work/mod-doc" \
  "$work/mod/module-info.java" "$work/mod/org/example/consumer/Consumer.java"
check "class path: javac -Xlint:all -Werror" \
  javac -Xlint:all -Werror --class-path "$path" -d "$work/cp-out" "$work/cp/org/example/consumer/Consumer.java"
check "class path: runs" \
  runs_and_prints "$expected" --class-path "$path:$work/cp-out" org.example.consumer.Consumer "$plan" "$events"
check "class path: javadoc -Xdoclint:all -Werror" \
  javadoc -quiet -Xdoclint:all -Werror --class-path "$path" -d "$work/cp-doc" "$work/cp/org/example/consumer/Consumer.java"

# 3. a Spring Boot 3-style application: Jackson 2.18 from its BOM, including jackson-annotations 2.18
#    (older than Jackson 3 wants), with mops-jackson2 for the plan format
spring_jackson="2.18.2"
mkdir -p "$work/j2" "$work/spring/org/example/spring"
for a in jackson-core jackson-databind jackson-annotations; do
  ./mvnw -B -ntp -q -N dependency:copy -Dartifact="com.fasterxml.jackson.core:$a:$spring_jackson" \
    -DoutputDirectory="$work/j2" >/dev/null
done
j3="$(tr ':' '\n' < mops-examples/target/classpath.txt | grep -e '/tools/jackson/' | paste -sd: -)"
spring_path="$jars:$root/mops-jackson2/target/mops-jackson2-$v.jar:$j3:$(ls "$work"/j2/*.jar | paste -sd: -)"
cp .ci/consumer-jackson2/SpringStyleConsumer.java "$work/spring/org/example/spring/"
check "Spring Boot 3-style (Jackson $spring_jackson): javac -Xlint:all -Werror" \
  javac -Xlint:all -Werror --class-path "$spring_path" -d "$work/spring-out" \
  "$work/spring/org/example/spring/SpringStyleConsumer.java"
check "Spring Boot 3-style (Jackson $spring_jackson): reads, writes and reads back a plan" \
  runs_and_prints "jackson $spring_jackson: plan mops-2027, round trip equal: true" \
  --class-path "$spring_path:$work/spring-out" org.example.spring.SpringStyleConsumer "$plan"

jshell_once() {
  printf 'System.out.println(SeedPlans.automotivePlan().id() + " " + MopsJson.FORMAT_VERSION);\n/exit\n' >"$work/one.jsh"
  local start end out
  start=$(date +%s%N)
  out="$(./mops-jshell -q "$work/one.jsh" 2>&1)" || { echo "$out"; return 1; }
  end=$(date +%s%N)
  echo "$out"
  echo "./mops-jshell with a one-line script: $(( (end - start) / 1000000 )) ms (whole process, current jar)"
  case "$out" in *"mops-2027 "*) return 0 ;; *) return 1 ;; esac
}
if [ -f mops-examples/target/mops.jar ]; then
  touch mops-examples/target/mops.jar # the jar `verify` just built is current
  check "./mops-jshell runs a one-line script" jshell_once
  cat "$work/out.txt" | tail -n 1
else
  failed=$((failed + 1)); echo "FAILED ./mops-jshell: mops-examples/target/mops.jar was not built"
fi

mops_check_from_archive() {
  rm -rf mops-examples/target/cds
  ./mops check >/dev/null 2>"$work/first.txt" || { cat "$work/first.txt"; return 1; }
  grep -q "class-data archive" "$work/first.txt" || { echo "the first run made no archive"; return 1; }
  ls mops-examples/target/cds/*.jsa || return 1
  local start end out
  start=$(date +%s%N)
  out="$(./mops check 2>&1)" || { echo "$out"; return 1; }
  end=$(date +%s%N)
  case "$out" in *"class-data archive"*) echo "the second run made the archive again"; return 1 ;; esac
  # the mops classes come from the archive's top layer, not from the jar
  java -XX:SharedArchiveFile="$(ls mops-examples/target/cds/*.jsa | head -n 1)" -Xlog:class+load \
    -jar mops-examples/target/mops.jar check 2>/dev/null | grep 'dev.mops.check.PlanChecker ' \
    | grep -q 'shared objects file' || { echo "PlanChecker was not loaded from the archive"; return 1; }
  echo "./mops check on the bundled sample, from the archive: $(( (end - start) / 1000000 )) ms (whole process)"
}
if [ -f mops-examples/target/mops.jar ]; then
  check "./mops check makes its class-data archive once and starts from it" mops_check_from_archive
  cat "$work/out.txt" | tail -n 1
fi

echo "consumer: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
