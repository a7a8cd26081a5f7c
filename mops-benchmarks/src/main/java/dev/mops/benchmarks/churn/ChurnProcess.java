package dev.mops.benchmarks.churn;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One contender of the churn benchmark as a process of its own, so that its peak memory can be
 * measured whole ({@code /usr/bin/time -v}, see {@code mops-benchmarks/run-churn-processes.sh}):
 * computes the churn of a file and prints one line per month, {@code 2027-03 1234 of 56789}
 * (unsubscribers of recipients), the same for every contender.
 *
 * <pre>
 * java -cp mops-benchmarks/target/benchmarks.jar dev.mops.benchmarks.churn.ChurnProcess mops|duckdb|analyst FILE
 * </pre>
 *
 * @since 0.2
 */
public final class ChurnProcess {
  private ChurnProcess() {}

  /**
   * Runs one contender.
   *
   * @param args {@code CONTENDER FILE}
   * @throws IllegalArgumentException for a wrong number of arguments or an unknown contender
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: ChurnProcess mops|duckdb|analyst FILE, got " + args.length + " arguments");
    }
    Contender who = Contender.of(args[0]);
    String table = Contender.table(who.churn(Path.of(args[1])));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(table);
    out.flush();
  }
}
