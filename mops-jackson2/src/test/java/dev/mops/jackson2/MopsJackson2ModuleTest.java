package dev.mops.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mops.json.MopsJson;
import dev.mops.json.MopsJsonException;
import dev.mops.model.MopsVersion;
import dev.mops.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A Jackson 2 application reads and writes plans exactly as mops-json does: the same golden
 * documents byte for byte, the same refusals with the same messages, every JSONTestSuite file
 * refused.
 */
class MopsJackson2ModuleTest {
  private static final Path GOLDEN = Path.of("../mops-json/src/test/resources/golden");
  private static final Path SUITE = Path.of("../mops-json/src/test/resources/jsontestsuite");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new MopsJackson2Module());
  private static final MopsJson JSON = MopsJson.standard();

  /** A plan inside an application's own message, as a REST body would carry it. */
  record Envelope(String requestId, Plan plan) {}

  @TestFactory
  Stream<DynamicTest> everyGoldenDocumentRoundTripsByteForByte() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(GOLDEN)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 2, "golden documents missing: " + files);
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () -> {
                      String text = Files.readString(f, StandardCharsets.UTF_8);
                      Plan viaJackson2 = MAPPER.readValue(text, Plan.class);
                      assertEquals(JSON.readString(text), viaJackson2);
                      assertEquals(
                          JSON.writeString(viaJackson2), MAPPER.writeValueAsString(viaJackson2));
                      assertEquals(text, MAPPER.writeValueAsString(viaJackson2));
                    }));
  }

  @Test
  void aPlanInsideAnApplicationsMessageReadsAndWrites() throws IOException {
    String plan = Files.readString(GOLDEN.resolve("small-plan.json"), StandardCharsets.UTF_8);
    String body = "{\"requestId\":\"r-1\",\"plan\":" + plan + "}";
    Envelope e = MAPPER.readValue(body, Envelope.class);
    assertEquals("r-1", e.requestId());
    assertEquals(JSON.readString(plan), e.plan());
    Envelope back = MAPPER.readValue(MAPPER.writeValueAsString(e), Envelope.class);
    assertEquals(e, back);
  }

  @Test
  void aRefusalIsMopsJsonsOwnWithItsPointer() {
    String doc =
        "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"P\",\"period\":\"2027-01-01/2027-12-31\","
            + "\"objectives\":[{\"id\":\"o\",\"titel\":\"x\"}]}";
    MopsJsonException direct = assertThrows(MopsJsonException.class, () -> JSON.readString(doc));
    JsonMappingException e =
        assertThrows(JsonMappingException.class, () -> MAPPER.readValue(doc, Plan.class));
    MopsJsonException cause = assertInstanceOf(MopsJsonException.class, e.getCause());
    assertEquals(direct.getMessage(), cause.getMessage());
    assertEquals("/objectives/0/titel", cause.pointer());
    assertTrue(e.getOriginalMessage().contains("did you mean \"title\"?"), e.getOriginalMessage());
  }

  @Test
  void duplicateNamesAndNumberTextSurviveTheCopy() throws IOException {
    String dup =
        "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"id\":\"q\",\"name\":\"P\","
            + "\"period\":\"2027-01-01/2027-12-31\"}";
    JsonMappingException e =
        assertThrows(JsonMappingException.class, () -> MAPPER.readValue(dup, Plan.class));
    assertInstanceOf(MopsJsonException.class, e.getCause());
    String exact =
        "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":\"P\",\"period\":\"2027-01-01/2027-12-31\","
            + "\"extensions\":{\"budget\":1.50,\"big\":123456789012345678901234567890}}";
    Plan p = MAPPER.readValue(exact, Plan.class);
    assertEquals(JSON.readString(exact), p);
    assertTrue(MAPPER.writeValueAsString(p).contains("1.50"), MAPPER.writeValueAsString(p));
  }

  @TestFactory
  Stream<DynamicTest> everyJsonTestSuiteFileIsRefused() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(SUITE)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 318, "JSONTestSuite files missing: " + files.size());
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () ->
                        assertThrows(
                            JsonProcessingException.class,
                            () -> MAPPER.readValue(Files.readAllBytes(f), Plan.class))));
  }

  @Test
  void versionIsTheSdks() {
    assertEquals(
        "dev.mops/mops-jackson2/" + MopsVersion.current(),
        new MopsJackson2Module().version().toFullString());
    assertEquals(MopsVersion.current(), new MopsJackson2Module().version().toString());
  }
}
