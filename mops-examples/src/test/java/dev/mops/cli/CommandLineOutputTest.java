package dev.mops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.json.MopsJson;
import dev.mops.model.Objective;
import dev.mops.model.Plan;
import dev.mops.testing.SeedPlans;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line writes: UTF-8 whatever the platform says, control characters from files
 * escaped, and write failures told apart from read failures.
 */
class CommandLineOutputTest {
  @TempDir Path dir;

  @SuppressWarnings(
      "ArrayRecordComponent") // a test holder: compared field by field, never by equals
  record Run(int code, byte[] out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Mops.run(out, err, args);
    return new Run(code, out.toByteArray(), strictUtf8(err.toByteArray()));
  }

  static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("not UTF-8: " + e, e);
    }
  }

  @Test
  void theEntryWritesUtf8ToAByteStream() {
    Run r = run("review", "--quarter", "2027-Q1");
    assertEquals(0, r.code(), r.err());
    String text = strictUtf8(r.out());
    assertTrue(text.contains("18% of hours on 2027-01-31 → 18% of hours on 2027-03-31"), text);
    assertTrue(text.contains("Marketing Operations · January 2027"), text);
  }

  /**
   * JDK 17 under a C locale encodes standard output as ASCII unless the command line says UTF-8.
   */
  @Test
  void aJvmInTheCLocaleStillWritesUtf8() throws IOException, InterruptedException {
    List<String> classPath = new ArrayList<>();
    for (String property : new String[] {"java.class.path", "jdk.module.path"}) {
      String value = System.getProperty(property, "");
      if (!value.isEmpty()) {
        classPath.add(value);
      }
    }
    String ascii = "ANSI_X3.4-1968";
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dfile.encoding=" + ascii,
            "-Dsun.stdout.encoding=" + ascii,
            "-Dsun.stderr.encoding=" + ascii,
            "-Dstdout.encoding=" + ascii,
            "-Dstderr.encoding=" + ascii,
            "-cp",
            String.join(File.pathSeparator, classPath),
            Mops.class.getName(),
            "review",
            "--quarter",
            "2027-Q1");
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      out = in.readAllBytes();
    }
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the command line did not end");
    assertEquals(0, p.exitValue());
    String text = strictUtf8(out);
    assertTrue(text.contains("→") && text.contains("·"), text);
    assertFalse(text.contains("?"), "no character replaced by ?: " + text);
  }

  @Test
  void aReportThatCannotBeWrittenSaysSoAndExitsTwo() throws IOException {
    Run toDirectory = run("report", "--month", "2027-03", "--out", dir.toString());
    assertEquals(2, toDirectory.code());
    assertTrue(
        toDirectory.err().contains("mops: cannot write " + dir + ": it is a directory"),
        toDirectory.err());
    assertFalse(toDirectory.err().contains("cannot read"), toDirectory.err());

    Path file = dir.resolve("plain.txt");
    Files.writeString(file, "not a directory");
    Path under = file.resolve("review.md");
    Run underFile = run("review", "--quarter", "2027-Q1", "--out", under.toString());
    assertEquals(2, underFile.code());
    assertTrue(underFile.err().contains("mops: cannot write " + under + ": "), underFile.err());
    assertFalse(underFile.err().contains("cannot read"), underFile.err());

    Path missing = dir.resolve("no-such-dir").resolve("update.md");
    Run noDirectory = run("report", "--month", "2027-03", "--out", missing.toString());
    assertEquals(2, noDirectory.code());
    assertTrue(
        noDirectory
            .err()
            .contains("mops: cannot write " + missing + ": its directory does not exist"),
        noDirectory.err());
  }

  @Test
  void aPlanThatCannotBeReadSaysSoAndExitsTwo() {
    Run r = run("check", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("mops: cannot read " + dir + ": "), r.err());
    assertFalse(r.err().contains("cannot write"), r.err());
  }

  @Test
  void reportsWrittenToAFileAreUtf8() throws IOException {
    Path out = dir.resolve("review.md");
    Run r = run("review", "--quarter", "2027-Q1", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(strictUtf8(Files.readAllBytes(out)).contains("→"));
  }

  @Test
  void controlCharactersFromThePlanAreEscapedInTheCheckOutput() throws IOException {
    Plan seed = SeedPlans.automotivePlan();
    String hostile = "Grow\u001b]0;pwned\u0007 sales\u001b[2J\u0000 \u202Eevil\u009b";
    Plan plan =
        Plan.builder()
            .from(seed)
            .addObjective(Objective.builder().id("hostile").title(hostile).build())
            .build();
    Path file = dir.resolve("hostile.json");
    MopsJson.standard().write(plan, file);
    Run r = run("check", file.toString());
    String text = strictUtf8(r.out());
    assertTrue(
        text.contains("Grow\\u001B]0;pwned\\u0007 sales\\u001B[2J\\u0000 \\u202Eevil\\u009B"),
        text);
    for (char c : new char[] {'\u001b', '\u0007', '\u0000', '\u202e', '\u009b'}) {
      assertEquals(-1, text.indexOf(c), "raw U+" + Integer.toHexString(c) + " in " + text);
    }
  }

  @Test
  void controlCharactersInArgumentsAreEscapedInErrors() {
    Run missing = run("check", dir.resolve("plan\u001b]0;x\u0007.json").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("plan\\u001B]0;x\\u0007.json"), missing.err());
    Run badMonth = run("report", "--month", "\u001b[31m2027");
    assertEquals(2, badMonth.code());
    assertTrue(badMonth.err().contains("\\u001B[31m2027"), badMonth.err());
    assertFalse(missing.err().contains("\u001b"), missing.err());
    assertFalse(badMonth.err().contains("\u001b"), badMonth.err());
  }
}
