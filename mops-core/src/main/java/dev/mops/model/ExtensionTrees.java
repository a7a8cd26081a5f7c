package dev.mops.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Equality, hash and text of {@link ExtensionValue} trees without recursion, so that a value nested
 * any number of levels deep can be compared, hashed and printed on any thread stack.
 */
final class ExtensionTrees {
  /** Levels below which {@link #hash(ExtensionValue)} looks only at sizes. */
  private static final int HASHED_LEVELS = 8;

  private ExtensionTrees() {}

  /** Whether two trees are equal: objects by their members in any order, arrays in order. */
  static boolean equal(ExtensionValue a, Object o) {
    if (!(o instanceof ExtensionValue b)) {
      return false;
    }
    Deque<ExtensionValue> left = new ArrayDeque<>();
    Deque<ExtensionValue> right = new ArrayDeque<>();
    left.push(a);
    right.push(b);
    while (!left.isEmpty()) {
      ExtensionValue x = left.pop();
      ExtensionValue y = right.pop();
      if (x == y) {
        continue;
      }
      if (x instanceof ExtensionValue.ObjectValue ox) {
        if (!(y instanceof ExtensionValue.ObjectValue oy)
            || ox.members().size() != oy.members().size()) {
          return false;
        }
        for (Map.Entry<String, ExtensionValue> e : ox.members().entrySet()) {
          ExtensionValue other = oy.members().get(e.getKey());
          if (other == null) {
            return false;
          }
          left.push(e.getValue());
          right.push(other);
        }
      } else if (x instanceof ExtensionValue.ArrayValue ax) {
        if (!(y instanceof ExtensionValue.ArrayValue ay)
            || ax.elements().size() != ay.elements().size()) {
          return false;
        }
        for (int i = 0; i < ax.elements().size(); i++) {
          left.push(ax.elements().get(i));
          right.push(ay.elements().get(i));
        }
      } else if (!x.equals(y)) {
        return false; // leaves: records compare their one component
      }
    }
    return true;
  }

  /**
   * A hash consistent with {@link #equal}: the top {@value #HASHED_LEVELS} levels count fully,
   * deeper containers by their size only, so the recursion is bounded.
   */
  static int hash(ExtensionValue v) {
    return hash(v, HASHED_LEVELS);
  }

  private static int hash(ExtensionValue v, int levels) {
    if (v instanceof ExtensionValue.ObjectValue o) {
      int h = 0x0b1ec7;
      if (levels == 0) {
        return h + o.members().size();
      }
      for (Map.Entry<String, ExtensionValue> e : o.members().entrySet()) {
        h += e.getKey().hashCode() ^ hash(e.getValue(), levels - 1); // order-insensitive, as equal
      }
      return h;
    }
    if (v instanceof ExtensionValue.ArrayValue a) {
      int h = 0x0a77a7;
      if (levels == 0) {
        return h + a.elements().size();
      }
      for (ExtensionValue e : a.elements()) {
        h = 31 * h + hash(e, levels - 1);
      }
      return h;
    }
    return v.hashCode();
  }

  /** The compact JSON text of a tree, e.g. {@code {"a":[1,true]}}. */
  static String text(ExtensionValue root) {
    StringBuilder b = new StringBuilder();
    Deque<Object> todo = new ArrayDeque<>(); // String to append, or ExtensionValue to render
    todo.push(root);
    while (!todo.isEmpty()) {
      Object next = todo.pop();
      if (next instanceof String s) {
        b.append(s);
      } else if (next instanceof ExtensionValue.ObjectValue o) {
        b.append('{');
        todo.push("}");
        List<Map.Entry<String, ExtensionValue>> entries = new ArrayList<>(o.members().entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
          todo.push(entries.get(i).getValue());
          todo.push(
              (i > 0 ? "," : "")
                  + ExtensionValue.StringValue.escape(entries.get(i).getKey())
                  + ":");
        }
      } else if (next instanceof ExtensionValue.ArrayValue a) {
        b.append('[');
        todo.push("]");
        List<ExtensionValue> elements = a.elements();
        for (int i = elements.size() - 1; i >= 0; i--) {
          todo.push(elements.get(i));
          if (i > 0) {
            todo.push(",");
          }
        }
      } else {
        b.append(next);
      }
    }
    return b.toString();
  }
}
