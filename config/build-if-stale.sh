#!/usr/bin/env sh
# Shared by ./mops and ./mops-jshell: (re)builds mops-examples/target/mops.jar with the Maven Wrapper
# when it is missing or when any pom.xml or source file is newer than it (after a `git pull`, an
# edit), and says so on standard error. Prints nothing and costs one `find` when the jar is current.
# Usage: config/build-if-stale.sh REPOSITORY_ROOT
set -e
root="$1"
jar="$root/mops-examples/target/mops.jar"
reason=""
if [ ! -f "$jar" ]; then
  reason="building the command line once (about a minute)"
else
  newer="$(find "$root/pom.xml" "$root"/mops-*/pom.xml "$root"/mops-*/src/main -newer "$jar" -type f 2>/dev/null | head -n 1)"
  if [ -n "$newer" ]; then
    reason="sources changed since the last build (${newer#"$root"/}), rebuilding"
  fi
fi
if [ -n "$reason" ]; then
  echo "mops: $reason with ./mvnw package..." >&2
  (cd "$root" && ./mvnw -q -B -pl mops-examples -am package -DskipTests) >&2
  touch "$jar"
  echo "mops: built $jar" >&2
fi
