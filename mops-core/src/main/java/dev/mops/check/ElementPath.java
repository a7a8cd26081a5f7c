package dev.mops.check;

import static java.util.Objects.requireNonNull;

import dev.mops.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Where in a plan a finding points: a chain of {@code field[id]} steps such as {@code
 * okrs[okr-email].keyResults[kr-churn]}, or the plan itself ({@code plan}).
 *
 * <p>Steps follow containment (a key result inside its OKR) and, for findings about a link, the
 * alignment the rule walked: {@code objectives[automotive-sales].quickWins[qw-2]} is the quick win
 * {@code qw-2} seen from the objective it claims.
 *
 * <pre>{@code
 * ElementPath p = ElementPath.of("objectives", "automotive-sales").child("quickWins", "qw-2");
 * p.toString();    // "objectives[automotive-sales].quickWins[qw-2]"
 * p.elementId();   // "qw-2"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ElementPath implements Comparable<ElementPath> {
  private static final String ROOT = "plan";

  private final List<String> fields;
  private final List<String> ids;
  private final String text;

  private ElementPath(List<String> fields, List<String> ids) {
    this.fields = List.copyOf(fields);
    this.ids = List.copyOf(ids);
    this.text = render(this.fields, this.ids);
  }

  /** The path of the plan itself, whose id is {@code planId}; it reads {@code plan}. */
  public static ElementPath root(String planId) {
    Checks.id("planId", planId);
    return new ElementPath(List.of(ROOT), List.of(planId));
  }

  /**
   * The path of a top-level element held in {@code field} of the plan, e.g. {@code of("quickWins",
   * "qw-2")}.
   *
   * @throws IllegalArgumentException if the field is blank or the id is not a valid id
   */
  public static ElementPath of(String field, String id) {
    requireNonNull(field, "field");
    requireNonNull(id, "id");
    return new ElementPath(List.of(field(field)), List.of(Checks.id("id", id)));
  }

  /** This path extended by one step, e.g. {@code child("keyResults", "kr-1")}. */
  public ElementPath child(String field, String id) {
    requireNonNull(field, "field");
    requireNonNull(id, "id");
    List<String> f = new ArrayList<>(isRoot() ? List.of() : fields);
    List<String> i = new ArrayList<>(isRoot() ? List.of() : ids);
    f.add(field(field));
    i.add(Checks.id("id", id));
    return new ElementPath(f, i);
  }

  /** Whether this is the path of the plan itself. */
  public boolean isRoot() {
    return fields.size() == 1 && fields.get(0).equals(ROOT);
  }

  /** The ids along the path, outermost first; the plan's id for the root. */
  public List<String> ids() {
    return ids;
  }

  /** The field names along the path, outermost first; {@code ["plan"]} for the root. */
  public List<String> fields() {
    return fields;
  }

  /** The id of the element the path ends at. */
  public String elementId() {
    return ids.get(ids.size() - 1);
  }

  /** Whether {@code id} is one of the ids along the path. */
  public boolean contains(String id) {
    return ids.contains(requireNonNull(id, "id"));
  }

  /** Orders the plan's own path first, then by the text form. */
  @Override
  public int compareTo(ElementPath o) {
    if (isRoot() != o.isRoot()) {
      return isRoot() ? -1 : 1;
    }
    int c = text.compareTo(o.text);
    // ids hold no brackets, so equal texts are equal steps, but for the plan's own paths: the
    // text of each is "plan", and its one id tells them apart
    return c != 0 || !isRoot() ? c : ids.get(0).compareTo(o.ids.get(0));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElementPath p && p.fields.equals(fields) && p.ids.equals(ids);
  }

  @Override
  public int hashCode() {
    return fields.hashCode() * 31 + ids.hashCode();
  }

  /** The readable form: {@code objectives[automotive-sales].quickWins[qw-2]}, or {@code plan}. */
  @Override
  public String toString() {
    return text;
  }

  private static String field(String field) {
    Checks.notBlank("field", field);
    for (int i = 0; i < field.length(); i++) {
      if (!Character.isLetterOrDigit(field.charAt(i))) {
        throw new IllegalArgumentException(
            "field must be letters and digits, got " + Checks.quote(field));
      }
    }
    return field;
  }

  private static String render(List<String> fields, List<String> ids) {
    if (fields.size() == 1 && fields.get(0).equals(ROOT)) {
      return ROOT;
    }
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < fields.size(); k++) {
      if (k > 0) {
        b.append('.');
      }
      b.append(fields.get(k)).append('[').append(ids.get(k)).append(']');
    }
    return b.toString();
  }
}
