package dev.mops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ContactIds} interns exactly: ids are equal only when their text is, whatever their form
 * (Latin-1, UTF-16, longer than {@link ContactIds#LONG_ID}), their hash collisions, the chunks they
 * fall in and the table's growth; ids interned from another table's records match those interned
 * from Strings.
 */
class ContactIdsTest {

  /** Ids of every form, with hash collisions ("Aa" and "BB" share a hash code). */
  private static List<String> awkwardIds() {
    List<String> ids = new ArrayList<>();
    ids.add("Aa");
    ids.add("BB");
    ids.add("AaAa");
    ids.add("BBBB");
    ids.add("AaBB");
    ids.add("ann@example.com");
    ids.add("Ann@example.com");
    ids.add("zoë@exämple.com"); // Latin-1, chars above 127
    ids.add("\u00ff");
    ids.add("\u0100"); // the first char that needs two bytes
    ids.add("Ωmega");
    ids.add("😀@emoji.example"); // a surrogate pair
    ids.add("x".repeat(31));
    ids.add("x".repeat(32)); // a two-byte header
    ids.add("é".repeat(5000)); // kept as a String
    ids.add("é".repeat(5000) + "!");
    ids.add("Ω".repeat(ContactIds.LONG_ID)); // the longest kept as bytes
    ids.add(" ");
    ids.add("\u0000");
    ids.add("a,b\"c\nd");
    return ids;
  }

  @Test
  void internsEveryFormExactlyAcrossChunksAndGrowth() {
    ContactIds ids = new ContactIds();
    Map<String, Integer> expected = new HashMap<>();
    SplittableRandom random = new SplittableRandom(13);
    List<String> all = new ArrayList<>(awkwardIds());
    for (int i = 0; i < 5_000; i++) {
      all.add(i % 7 == 0 ? "Ω" + i : "c" + random.nextInt(3_000)); // repeats and two forms
    }
    for (String id : all) {
      Integer known = expected.putIfAbsent(id, expected.size());
      int interned = ids.intern(new String(id)); // a copy: equal text, another object
      assertEquals(known == null ? expected.size() - 1 : known, interned, id);
    }
    assertEquals(expected.size(), ids.size());
    expected.forEach(
        (id, at) -> {
          assertEquals(id, ids.name(at));
          assertEquals((int) at, ids.intern(id));
        });
    assertNotEquals(ids.intern("Aa"), ids.intern("BB"));
  }

  @Test
  void internsAnotherTablesRecordsAsTheirText() {
    ContactIds left = new ContactIds();
    ContactIds right = new ContactIds();
    List<String> awkward = awkwardIds();
    for (int i = 0; i < 3_000; i++) {
      left.intern("c" + i);
    }
    awkward.forEach(left::intern);
    for (int i = awkward.size() - 1; i >= 0; i--) {
      right.intern(awkward.get(i));
    }
    for (int i = 2_000; i < 4_000; i++) {
      right.intern("c" + i);
    }
    int before = left.size();
    for (int i = 0; i < right.size(); i++) {
      int id = left.intern(right, i, ContactIds.MAX_SIZE);
      assertEquals(right.name(i), left.name(id), "record " + i);
      assertEquals(id, left.intern(right.name(i)));
    }
    assertEquals(before + 1_000, left.size(), "only c3000…c3999 are new");
    // and the other way: Strings interned after records find them
    ContactIds copy = new ContactIds();
    for (int i = 0; i < left.size(); i++) {
      assertEquals(i, copy.intern(left, i, ContactIds.MAX_SIZE));
    }
    for (int i = 0; i < left.size(); i++) {
      assertEquals(i, copy.intern(left.name(i)));
    }
  }

  @Test
  void refusesANewIdPastTheLimitButFindsKnownOnes() {
    ContactIds ids = new ContactIds();
    assertEquals(0, ids.intern("a", 2));
    assertEquals(1, ids.intern("b", 2));
    assertEquals(-1, ids.intern("c", 2));
    assertEquals(1, ids.intern("b", 2));
    ContactIds other = new ContactIds();
    other.intern("a");
    other.intern("z");
    assertEquals(0, ids.intern(other, 0, 2));
    assertEquals(-1, ids.intern(other, 1, 2));
    assertEquals(2, ids.size());
  }

  @Test
  void costsAboutThirteenBytesPlusTheIdPerContact() {
    ContactIds ids = new ContactIds();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      ids.intern("c" + (1_000_000 + i)); // 8 chars
    }
    double perContact = (double) ids.retainedBytes() / n;
    // 9 bytes of record, 4 of offset, 4 per slot at a load of 200,000 / 524,288
    assertEquals(23.6, perContact, 0.5);
  }
}
