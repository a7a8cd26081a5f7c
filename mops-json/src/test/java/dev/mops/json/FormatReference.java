package dev.mops.json;

import dev.mops.json.internal.Format;
import dev.mops.json.internal.ObjectCodec;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Makes the per-type tables of {@code docs/format.md} from the format's definitions. */
final class FormatReference {
  private FormatReference() {}

  static String markdown() {
    return markdown(Format.TYPES);
  }

  /** The tables of {@code types}, linking the types among them. */
  static String markdown(List<ObjectCodec<?, ?>> types) {
    Set<String> labels = types.stream().map(ObjectCodec::label).collect(Collectors.toSet());
    StringBuilder b = new StringBuilder();
    for (ObjectCodec<?, ?> type : types) {
      b.append("\n### ").append(type.label()).append("\n\n").append(type.doc()).append("\n\n");
      b.append("| property | type | occurrence | meaning |\n|---|---|---|---|\n");
      for (ObjectCodec.Prop<?, ?> p : type.props()) {
        String t = p.codec().docType();
        String last = t.substring(t.lastIndexOf(' ') + 1);
        if (labels.contains(last)) {
          t =
              t.substring(0, t.length() - last.length())
                  + "["
                  + last
                  + "](#"
                  + last.toLowerCase(Locale.ROOT)
                  + ")";
        }
        String occurrence =
            switch (p.occurrence()) {
              case REQUIRED -> "**required**";
              case OPTIONAL -> "optional";
              case LIST ->
                  p.name().equals("extensions")
                      ? "optional, omitted when empty"
                      : "optional, omitted when empty; `[]` is read as empty";
              case DEFAULTED ->
                  "optional"
                      + p.defaultValue()
                          .map(d -> ", default `" + d + "`")
                          .orElse(", default: see meaning");
            };
        b.append("| `")
            .append(p.name())
            .append("` | ")
            .append(t)
            .append(" | ")
            .append(occurrence)
            .append(" | ")
            .append(p.doc().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    return b.append('\n').toString();
  }
}
