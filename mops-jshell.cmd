@echo off
rem JShell with the whole SDK on the class path and every public package imported, on Windows.
rem Builds mops-examples\target\mops.jar only when it is missing or older than the sources.
setlocal
set "MOPS_HOME=%~dp0"
call "%MOPS_HOME%config\build-if-stale.cmd" "%MOPS_HOME%" || exit /b 2
jshell -J-XX:TieredStopAtLevel=1 --class-path "%MOPS_HOME%mops-examples\target\mops.jar" --startup DEFAULT --startup "%MOPS_HOME%mops-examples\src\main\jshell\mops.jsh" %*
exit /b %ERRORLEVEL%
