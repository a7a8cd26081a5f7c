package dev.mops.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean": close names are suggested, far ones are not, and the work stays bounded. */
class SuggestionsTest {
  @Test
  void suggestsTheClosestKnownName() {
    List<String> ids = List.of("sales", "sales-enablement", "lead-management", "email-trust");
    assertEquals(Optional.of("sales-enablement"), Suggestions.closest("sales-enablment", ids));
    assertEquals(Optional.of("lead-management"), Suggestions.closest("lead-managment", ids));
    assertEquals(Optional.of("email-trust"), Suggestions.closest("emial-trust", ids)); // a swap
    assertEquals(Optional.of("sales"), Suggestions.closest("Sales", ids)); // case differs only
    assertEquals(
        Optional.of("title"), Suggestions.closest("titel", List.of("id", "title", "owner")));
  }

  @Test
  void farNamesAndExactMatchesAreNotSuggested() {
    List<String> ids = List.of("sales", "marketing");
    assertEquals(Optional.empty(), Suggestions.closest("finance", ids));
    assertEquals(Optional.empty(), Suggestions.closest("sales", ids));
    assertEquals(Optional.empty(), Suggestions.closest("sa", List.of("id"))); // 2 edits on 2 chars
    assertEquals(Optional.of("ids"), Suggestions.closest("id", List.of("ids")));
  }

  @Test
  void aTieGoesToTheFirstCandidate() {
    assertEquals(Optional.of("cat"), Suggestions.closest("bat", List.of("cat", "hat")));
    assertEquals(Optional.of("hat"), Suggestions.closest("bat", List.of("hat", "cat")));
  }

  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
    assertEquals(0, Suggestions.distance("abc", "abc"));
    assertEquals(1, Suggestions.distance("abc", "abxc"));
    assertEquals(1, Suggestions.distance("abc", "ac"));
    assertEquals(1, Suggestions.distance("abc", "axc"));
    assertEquals(1, Suggestions.distance("abc", "bac"));
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
  }

  @Test
  void longNamesAndFarLengthsCostNoComparison() {
    String longName = "x".repeat(Suggestions.MAX_LENGTH + 1);
    List<String> candidates = new ArrayList<>(Collections.nCopies(1000, longName));
    candidates.addAll(Collections.nCopies(1000, "a-much-longer-name-than-wanted"));
    long work = Work.count(() -> Suggestions.closest("short", candidates));
    assertEquals(0, work);
    long one = Work.count(() -> Suggestions.closest(longName, List.of(longName + "y")));
    assertEquals(0, one);
    assertTrue(Work.count(() -> Suggestions.closest("sales", List.of("sale"))) == 1);
  }
}
