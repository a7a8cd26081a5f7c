package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the plan reader with arbitrary bytes: it returns a plan or throws {@link
 * MopsJsonException}, nothing else (no other runtime exception, no {@link StackOverflowError}, no
 * {@link java.io.UncheckedIOException} for bytes already in memory). {@code ./mvnw verify} replays
 * {@code PlanReaderFuzzTestInputs/readsOrRefuses}; docs/fuzzing.md says how to fuzz.
 */
class PlanReaderFuzzTest {
  private static final MopsJson JSON = MopsJson.standard();

  @FuzzTest(maxDuration = "5m")
  void readsOrRefuses(byte[] input) {
    try {
      assertNotNull(JSON.read(new ByteArrayInputStream(input)));
    } catch (MopsJsonException refused) {
      assertFalse(refused.problem().isBlank(), "a refusal says what is wrong");
    }
  }
}
