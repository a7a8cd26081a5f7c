package dev.mops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mops churn --threads N}: a large file read in parts gives the one-piece figures. */
class ChurnThreadsTest {
  @TempDir Path dir;

  @Test
  void aLargeFileOnTwoThreadsPrintsWhatOneThreadPrints() throws IOException {
    Path file = dir.resolve("events.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("contact_id,event,occurred_at\n");
      String[] events = {"sent", "delivered", "open", "click", "unsubscribe"};
      for (int i = 0; i < 260_000; i++) {
        int contact = (i * 7919) % 20_011;
        w.write(
            String.format(
                Locale.ROOT,
                "%s,%s,2027-%02d-%02dT10:00:00Z\n",
                i % 997 == 0 ? "\"c" + contact + "\n\"" : "c" + contact,
                events[(i / 3 + contact) % events.length],
                1 + i % 12,
                1 + i % 28));
      }
    }
    assertTrue(Files.size(file) > 8L << 20, "bigger than the threshold");
    MopsCommandLineTest.Run one =
        MopsCommandLineTest.run("churn", "--threads", "1", file.toString());
    MopsCommandLineTest.Run two =
        MopsCommandLineTest.run("churn", "--threads", "2", file.toString());
    assertEquals(0, one.code(), one.err());
    assertEquals(0, two.code(), two.err());
    assertTrue(one.out().contains("2027-12"), one.out());
    assertEquals(one.out(), two.out());
  }

  @Test
  void threadsBelowOneAreRefused() {
    MopsCommandLineTest.Run r = MopsCommandLineTest.run("churn", "--threads", "0");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--threads must be >= 1, got 0"), r.err());
  }
}
