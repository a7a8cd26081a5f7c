package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.model.Objective;
import dev.mops.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors read through a user's mapper with {@link MopsModule}: unknown content in a single element
 * is refused at once (only a plan document waits for its format version), what the mapper's lenient
 * parser lets through is still refused by the model's rules, malformed JSON and the module's limits
 * are our exception with the pointer, and a failing stream is an {@link UncheckedIOException}.
 */
class MopsModuleErrorsTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(new MopsModule()).build();

  @Test
  void unknownContentInAnElementIsRefusedAtOnce() {
    MopsJsonException e =
        assertThrows(
            MopsJsonException.class,
            () -> mapper.readValue("{\"id\":\"o\",\"zz\":1,\"title\":\"T\"}", Objective.class));
    assertEquals("/zz", e.pointer());
    assertTrue(e.problem().startsWith("unknown property \"zz\" of an objective;"), e.problem());
  }

  @Test
  void aPlanDocumentWaitsForItsVersion() {
    MopsJsonException e =
        assertThrows(
            MopsJsonException.class,
            () ->
                mapper.readValue(
                    "{\"zz\":1,\"formatVersion\":\"1.4\",\"id\":\"p\",\"name\":\"P\","
                        + "\"period\":\"2027-01-01/2027-12-31\"}",
                    Plan.class));
    assertEquals("/zz", e.pointer());
    assertTrue(
        e.problem().startsWith("the document was written by a newer mops (format 1.4)"),
        e.problem());
  }

  @Test
  void whatALenientParserLetsThroughIsStillRefused() {
    JsonMapper lenient =
        JsonMapper.builder()
            .addModule(new MopsModule())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    MopsJsonException e =
        assertThrows(
            MopsJsonException.class,
            () ->
                lenient.readValue(
                    StrictReadingTest.plan("\"extensions\":{\"n\":NaN}"), Plan.class));
    assertEquals("/extensions/n", e.pointer());
    assertEquals("invalid value: number text must be a json number, got \"NaN\"", e.problem());
    assertTrue(e.getCause() instanceof IllegalArgumentException);
    assertEquals(1, e.line());
    MopsJsonException weight =
        assertThrows(
            MopsJsonException.class,
            () ->
                lenient.readValue(
                    StrictReadingTest.plan(
                        "\"okrs\":[{\"id\":\"o\",\"title\":\"O\",\"level\":\"MOPS\",\"period\":"
                            + "\"2027-01-01/2027-03-31\",\"keyResults\":[{\"id\":\"k\","
                            + "\"title\":\"K\",\"kind\":\"BINARY\",\"weight\":NaN}]}]"),
                    Plan.class));
    assertEquals("/okrs/0/keyResults/0/weight", weight.pointer());
    assertTrue(weight.problem().startsWith("expected a number, got NaN"), weight.problem());
  }

  @Test
  void malformedJsonInsideAValueIsOurExceptionWithThePointer() {
    MopsJsonException e =
        assertThrows(
            MopsJsonException.class,
            () -> mapper.readValue("{\"formatVersion\":\"1.0\",\"id\":tru}", Plan.class));
    assertTrue(e.problem().startsWith("malformed JSON: "), e.problem());
    assertTrue(e.getMessage().startsWith("/id: "), e.getMessage());
    assertEquals(Optional.of("well-formed JSON"), e.expected());
  }

  @Test
  void theModulesLimitsApply() {
    JsonMapper small =
        JsonMapper.builder()
            .addModule(new MopsModule(ReadLimits.builder().maxValues(9).build()))
            .build();
    String text = StrictReadingTest.plan("\"extensions\":{\"a\":[1,2,3]}");
    MopsJsonException e =
        assertThrows(MopsJsonException.class, () -> small.readValue(text, Plan.class));
    assertEquals("the document holds more than the limit of 9 values", e.problem());
    JsonMapper enough =
        JsonMapper.builder()
            .addModule(new MopsModule(ReadLimits.builder().maxValues(10).build()))
            .build();
    assertEquals(MopsJson.standard().readString(text), enough.readValue(text, Plan.class));
  }

  @Test
  void theModulesStringAndNumberLimitsApplyBelowTheMappersOwn() {
    JsonMapper small =
        JsonMapper.builder()
            .addModule(
                new MopsModule(ReadLimits.builder().maxStringLength(30).maxNumberLength(5).build()))
            .build();
    String longTeam = StrictReadingTest.plan("\"team\":\"" + "t".repeat(31) + "\"");
    MopsJsonException team =
        assertThrows(MopsJsonException.class, () -> small.readValue(longTeam, Plan.class));
    assertEquals("string of 31 characters is longer than the limit of 30", team.problem());
    assertEquals("/team", team.pointer());
    assertEquals(
        "t".repeat(30),
        small
            .readValue(StrictReadingTest.plan("\"team\":\"" + "t".repeat(30) + "\""), Plan.class)
            .team()
            .orElseThrow());
    MopsJsonException name =
        assertThrows(
            MopsJsonException.class,
            () ->
                small.readValue(
                    StrictReadingTest.plan("\"extensions\":{\"" + "k".repeat(31) + "\":1}"),
                    Plan.class));
    assertEquals("string of 31 characters is longer than the limit of 30", name.problem());
    MopsJsonException number =
        assertThrows(
            MopsJsonException.class,
            () ->
                small.readValue(
                    StrictReadingTest.plan("\"extensions\":{\"n\":123456}"), Plan.class));
    assertEquals("number of 6 characters is longer than the limit of 5", number.problem());
    assertEquals("/extensions/n", number.pointer());
    assertEquals(Optional.of("a number"), number.expected());
    String weight =
        "\"okrs\":[{\"id\":\"o\",\"title\":\"O\",\"level\":\"MOPS\",\"period\":"
            + "\"2027-01-01/2027-03-31\",\"keyResults\":[{\"id\":\"k\","
            + "\"title\":\"K\",\"kind\":\"BINARY\",\"weight\":";
    MopsJsonException decimal =
        assertThrows(
            MopsJsonException.class,
            () -> small.readValue(StrictReadingTest.plan(weight + "1.2345}]}]"), Plan.class));
    assertEquals("number of 6 characters is longer than the limit of 5", decimal.problem());
    assertEquals(Optional.of("a number"), decimal.expected());
    assertEquals(
        new java.math.BigDecimal("1.234"),
        small
            .readValue(StrictReadingTest.plan(weight + "1.234}]}]"), Plan.class)
            .okrs()
            .get(0)
            .keyResults()
            .get(0)
            .weight());
  }

  @Test
  void aFailingStreamIsAnUncheckedIoException() {
    IOException broken = new IOException("network gone");
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream(
                (StrictReadingTest.HEAD + ",\"team\":\"").getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw broken;
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                throw broken;
              }
            });
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> mapper.readValue(failing, Plan.class));
    assertSame(broken, e.getCause());
  }
}
