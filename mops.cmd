@echo off
rem The mops command line on Windows: builds mops-examples\target\mops.jar with the Maven Wrapper
rem when it is missing or older than the sources, then runs it. Same arguments as ./mops; JAVA_OPTS
rem adds JVM options. (No class-data archive here: ./mops makes one, see README "Start-up".)
setlocal
set "MOPS_HOME=%~dp0"
call "%MOPS_HOME%config\build-if-stale.cmd" "%MOPS_HOME%" || exit /b 2
java %JAVA_OPTS% -jar "%MOPS_HOME%mops-examples\target\mops.jar" %*
exit /b %ERRORLEVEL%
