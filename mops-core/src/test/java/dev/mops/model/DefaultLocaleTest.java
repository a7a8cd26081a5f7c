package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No default locale or zone: the test forks really run with the locale and zone the build asks for
 * ({@code .ci/run}'s second run asks for {@code ar-EG} and {@code Pacific/Kiritimati}), and text
 * the model writes reads back whatever the default locale is.
 */
class DefaultLocaleTest {
  private static final Pattern OPTION =
      Pattern.compile("-D(user\\.(?:language|country|timezone))=(\\S+)");

  @Test
  void forksRunWithTheLocaleAndZoneTheBuildAsksFor() {
    String argLine = System.getProperty("mops.test.forkArgLine");
    assertNotNull(
        argLine,
        "the parent pom's surefire configuration passes mops.test.forkArgLine to the forks");
    System.out.println(
        "test fork: locale "
            + Locale.getDefault().toLanguageTag()
            + ", zone "
            + TimeZone.getDefault().getID()
            + ", mops.test.argLine \""
            + argLine
            + "\"");
    Map<String, String> asked = new LinkedHashMap<>();
    Matcher m = OPTION.matcher(argLine);
    while (m.find()) {
      asked.put(m.group(1), m.group(2));
    }
    Map<String, String> seen = new LinkedHashMap<>();
    seen.put("user.language", Locale.getDefault().getLanguage());
    seen.put("user.country", Locale.getDefault().getCountry());
    seen.put("user.timezone", TimeZone.getDefault().getID());
    seen.keySet().retainAll(asked.keySet());
    assertEquals(asked, seen);
  }

  @Test
  void quarterTextIgnoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      Quarter q = Quarter.of(2027, 1);
      assertEquals("2027-Q1", q.toString());
      assertEquals(q, Quarter.parse(q.toString()));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
