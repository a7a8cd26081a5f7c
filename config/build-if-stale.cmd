@echo off
rem Windows twin of build-if-stale.sh: (re)builds mops-examples\target\mops.jar with the Maven
rem Wrapper when it is missing or when a pom.xml or a source file is newer than it.
rem Usage: call config\build-if-stale.cmd REPOSITORY_ROOT\
setlocal
set "ROOT=%~1"
set "JAR=%ROOT%mops-examples\target\mops.jar"
set "STALE="
if not exist "%JAR%" (
  set "STALE=building the command line once (about a minute)"
) else (
  powershell -NoProfile -Command "$j=(Get-Item -LiteralPath $env:JAR).LastWriteTime; $n=Get-ChildItem -LiteralPath $env:ROOT -Recurse -File -Include *.java,*.xml,*.json,*.csv,*.jsh | Where-Object { $_.FullName -notmatch '\\target\\' -and $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "STALE=sources changed since the last build, rebuilding"
)
if defined STALE (
  echo mops: %STALE% with mvnw package... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -q -B -pl mops-examples -am package -DskipTests 1>&2 || (popd & exit /b 2)
  popd
  powershell -NoProfile -Command "(Get-Item -LiteralPath $env:JAR).LastWriteTime = Get-Date"
  echo mops: built %JAR% 1>&2
)
exit /b 0
