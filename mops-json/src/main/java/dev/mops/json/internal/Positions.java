package dev.mops.json.internal;

import dev.mops.core.internal.JsonPointers;
import dev.mops.json.Position;
import dev.mops.model.ElementKind;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds where each element of a plan document starts, by its JSON pointer. It walks the lists the
 * way {@link Format} writes them: the plan's lists and each kind's nested lists are named by {@link
 * ElementKind#listName()}, elements are the objects in them, indexed from 0; everything else is
 * skipped. Run only over a document the strict reader has accepted.
 */
final class Positions {
  private Positions() {}

  /** The position of each element's opening brace, by pointer; the parser is before the root. */
  static Map<String, Position> of(JsonParser p) {
    Map<String, Position> out = new HashMap<>();
    if (p.nextToken() == JsonToken.START_OBJECT) {
      holder(p, ElementKind.PLAN, "", out);
    }
    return out;
  }

  /** Reads the object of an element of {@code kind} at {@code pointer}, up to its end. */
  private static void holder(
      JsonParser p, ElementKind kind, String pointer, Map<String, Position> out) {
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      ElementKind held = heldList(kind, name);
      if (held == null || value != JsonToken.START_ARRAY) {
        p.skipChildren();
        continue;
      }
      String list = JsonPointers.child(pointer, name);
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() == JsonToken.START_OBJECT) {
          String element = JsonPointers.child(list, index);
          TokenStreamLocation at = p.currentTokenLocation();
          out.put(element, Position.of(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
          holder(p, held, element, out);
        } else {
          p.skipChildren();
        }
        index++;
      }
    }
  }

  private static @Nullable ElementKind heldList(ElementKind kind, String name) {
    for (ElementKind k : kind.holds()) {
      if (k.listName().equals(name)) {
        return k;
      }
    }
    return null;
  }
}
