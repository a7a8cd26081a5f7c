#!/usr/bin/env sh
# Prints the path of the class-data archive (AppCDS) for mops-examples/target/mops.jar and the JDK
# whose launcher is JAVA, making it first when it is missing or older than the jar: one training run
# of `mops check` on the bundled sample with -XX:ArchiveClassesAtExit (about 2 s, once per jar and
# JDK). Prints nothing when the archive cannot be made (a JDK without dynamic archiving, a read-only
# tree, MOPS_CDS=off): the command line then starts without it.
# Usage: config/cds-archive.sh REPOSITORY_ROOT JAVA
root="$1"
java="$2"
jar="$root/mops-examples/target/mops.jar"
[ "${MOPS_CDS:-on}" = "off" ] && exit 0
# one archive per JDK: named by the resolved java binary's path and its modification time
bin="$(command -v "$java" 2>/dev/null)" || exit 0
real="$(readlink -f "$bin" 2>/dev/null || echo "$bin")"
key="$(printf '%s %s' "$real" "$(stat -c %Y "$real" 2>/dev/null || stat -f %m "$real" 2>/dev/null)" | cksum | cut -d' ' -f1)"
dir="$root/mops-examples/target/cds"
archive="$dir/mops-$key.jsa"
if [ -f "$archive" ] && [ ! "$jar" -nt "$archive" ]; then
  echo "$archive"
  exit 0
fi
mkdir -p "$dir" 2>/dev/null || exit 0
rm -f "$dir"/mops-"$key".jsa "$dir"/mops-"$key".tmp
echo "mops: preparing a class-data archive for a faster start (once per build and JDK)..." >&2
if "$java" -XX:ArchiveClassesAtExit="$dir/mops-$key.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:+UseSerialGC -jar "$jar" check >/dev/null 2>&1 && [ -s "$dir/mops-$key.tmp" ]; then
  mv "$dir/mops-$key.tmp" "$archive"
  echo "$archive"
else
  rm -f "$dir/mops-$key.tmp"
fi
exit 0
