/**
 * The {@code mops} command line: {@link dev.mops.cli.Mops} parses the arguments and runs one
 * command ({@code demo}, {@code check}, {@code report}, {@code review}, {@code churn}, {@code
 * rules}) over the library's calls. Exit codes: 0 success, 1 the plan has error findings, 2 a usage
 * or input error.
 */
@NullMarked
package dev.mops.cli;

import org.jspecify.annotations.NullMarked;
