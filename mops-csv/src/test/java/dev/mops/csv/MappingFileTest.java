package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingFileTest {
  @TempDir Path dir;

  private static MappingFile parse(String text) {
    return MappingFile.parse("my.mapping", text, WorkPresets.jira(), WorkClassification.defaults());
  }

  @Test
  void settingsApplyOverTheStartingPoint() throws Exception {
    Path file = dir.resolve("my.mapping");
    Files.writeString(
        file,
        "# our Jira\n"
            + "\n"
            + "header.story_points = Custom field (Effort) | Story Points\r\n"
            + "  default-zone = Europe/Berlin  \n"
            + "urgent-priorities = Highest, High\n"
            + "vision-labels =\n"
            + "extra-columns = false\n");
    MappingFile f = MappingFile.read(file, WorkPresets.jira(), WorkClassification.defaults());
    assertEquals(
        List.of("Custom field (Effort)", "Story Points"), f.mapping().headers("story_points"));
    assertEquals(List.of("Issue key"), f.mapping().headers("id"), "the rest of the preset stays");
    assertEquals(Optional.of(ZoneId.of("Europe/Berlin")), f.mapping().defaultZone());
    assertFalse(f.mapping().allowsExtraColumns());
    assertEquals(List.of("highest", "high"), List.copyOf(f.classification().urgentPriorities()));
    assertEquals(Set.of(), f.classification().visionLabels(), "an empty value empties the line");
    assertEquals(WorkClassification.defaults().adHocTypes(), f.classification().adHocTypes());
  }

  @Test
  void everyKeyOfTheColumnMapping() {
    MappingFile f =
        parse(
            "absent = story_points, title\n"
                + "synonym.kind.Ad hoc = ad_hoc\n"
                + "header.kind = Work Kind\n"
                + "skip.kind = Epic, Idea\n"
                + "timestamps = epoch-milliseconds\n");
    assertEquals(List.of(), f.mapping().headers("story_points"));
    assertEquals(List.of(), f.mapping().headers("title"));
    assertEquals("ad_hoc", f.mapping().synonyms("kind").get("ad hoc"));
    assertEquals(Set.of("epic", "idea"), f.mapping().skippedValues("kind"));
    assertTrue(f.mapping().epochMilliseconds());
    assertEquals(
        Optional.of("yyyy-MM-dd HH:mm"),
        parse("timestamps = pattern yyyy-MM-dd HH:mm").mapping().timestampPattern());
    assertEquals(Optional.empty(), parse("timestamps = iso").mapping().timestampPattern());
  }

  @Test
  void aBadSettingIsNamedWithItsLine() {
    assertEquals(
        "my.mapping line 2: unknown key \"colour\"",
        assertThrows(IllegalArgumentException.class, () -> parse("# x\ncolour = red"))
            .getMessage());
    assertEquals(
        "my.mapping line 1: expected key = value, got \"header.id\"",
        assertThrows(IllegalArgumentException.class, () -> parse("header.id")).getMessage());
    assertEquals(
        "my.mapping line 1: timestamps must be iso, epoch-milliseconds or pattern PATTERN, got"
            + " \"unix\"",
        assertThrows(IllegalArgumentException.class, () -> parse("timestamps = unix"))
            .getMessage());
    assertEquals(
        "my.mapping line 1: expected true or false, got \"maybe\"",
        assertThrows(IllegalArgumentException.class, () -> parse("extra-columns = maybe"))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> parse("default-zone = Mars/Base"))
            .getMessage()
            .startsWith("my.mapping line 1: "));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> parse("header.colour = Colour"))
            .getMessage()
            .startsWith("my.mapping line 1: column must be one of"));
    assertEquals(
        "my.mapping line 1: expected synonym.COLUMN.VENDOR VALUE, got \"synonym.kind\"",
        assertThrows(IllegalArgumentException.class, () -> parse("synonym.kind = ad_hoc"))
            .getMessage());
    assertThrows(
        UncheckedIOException.class,
        () ->
            MappingFile.read(
                dir.resolve("none"), ColumnMapping.standard(), WorkClassification.defaults()));
    assertThrows(
        NullPointerException.class,
        () ->
            MappingFile.parse("s", null, ColumnMapping.standard(), WorkClassification.defaults()));
  }
}
