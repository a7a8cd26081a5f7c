package dev.mops.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mops.model.Plan;
import dev.mops.testing.RandomPlans;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A rough read and write timing of a 1,000-objective random plan, printed, not asserted (the
 * benchmarks module measures properly). Kept to see at a glance that nothing is quadratic.
 */
class SpeedTest {
  @Test
  void readAndWriteALargePlan() {
    Plan plan = RandomPlans.plan(1000, 42);
    MopsJson json = MopsJson.standard();
    String text = json.writeString(plan);
    long bestWrite = Long.MAX_VALUE;
    long bestRead = Long.MAX_VALUE;
    Plan read = null;
    tools.jackson.databind.json.JsonMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder().build();
    long bestTree = Long.MAX_VALUE;
    long bestTokens = Long.MAX_VALUE;
    for (int i = 0; i < 8; i++) {
      long t0 = System.nanoTime();
      mapper.readTree(text);
      long t1 = System.nanoTime();
      try (tools.jackson.core.JsonParser p = mapper.createParser(text)) {
        while (p.nextToken() != null) {
          if (p.currentToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
            p.getString();
          }
        }
      }
      long t2 = System.nanoTime();
      bestTree = Math.min(bestTree, t1 - t0);
      bestTokens = Math.min(bestTokens, t2 - t1);
    }
    System.out.printf(
        Locale.ROOT,
        "same text: Jackson readTree %.1f ms, tokens only %.1f ms%n",
        bestTree / 1e6,
        bestTokens / 1e6);
    for (int i = 0; i < 8; i++) {
      long t0 = System.nanoTime();
      text = json.writeString(plan);
      long t1 = System.nanoTime();
      read = json.readString(text);
      long t2 = System.nanoTime();
      bestWrite = Math.min(bestWrite, t1 - t0);
      bestRead = Math.min(bestRead, t2 - t1);
    }
    assertEquals(plan, read);
    System.out.printf(
        Locale.ROOT,
        "1,000-objective plan: %,d elements, %,d bytes; best of 8: write %.1f ms, read %.1f ms%n",
        plan.elements().size(),
        text.length(),
        bestWrite / 1e6,
        bestRead / 1e6);
  }
}
