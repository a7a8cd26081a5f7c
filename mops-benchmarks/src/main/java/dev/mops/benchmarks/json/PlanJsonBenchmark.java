package dev.mops.benchmarks.json;

import dev.mops.json.MopsJson;
import dev.mops.model.Plan;
import dev.mops.testing.SeedPlans;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reading and writing a large plan document: mops ({@link MopsJson#standard()}) against plain
 * Jackson 3 databind on equivalent records ({@link PlanRecords}) of the same document, with {@code
 * readTree} as the floor of reading. The records are written with Jackson's own pretty printer set
 * up for the same layout. Each comes in two shapes, text ({@code String} in and out) and bytes (a
 * UTF-8 stream in and out), and each pair reads or writes exactly the same document: the set-up
 * checks that the records and mops both write back, byte for byte, the document they read.
 *
 * <p>The plan is the seed's automotive plan copied {@code factor} times with its ids renamed, so
 * that every copy is a plan of its own inside the one document (350 copies: 24,150 elements, about
 * 6 MB).
 *
 * <p>Run: {@code ./mvnw -B -ntp -Pbenchmarks -pl mops-benchmarks -am -DskipTests package && java
 * -jar mops-benchmarks/target/benchmarks.jar PlanJson -f 1 -wi 3 -i 5 -prof gc}; compare mops and
 * records of the same shape in the same run (ops per second, higher is better).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanJsonBenchmark {
  /** How many copies of the automotive plan the document holds. */
  @Param({"350"})
  public int factor;

  private final MopsJson mops = MopsJson.standard();
  private final JsonMapper mapper =
      JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();
  private final ObjectReader recordReader = mapper.readerFor(PlanRecords.PlanDoc.class);
  private final ObjectWriter recordWriter =
      mapper.writerFor(PlanRecords.PlanDoc.class).with(layout());

  private String text = "";
  private byte[] bytes = new byte[0];
  private Plan plan = SeedPlans.automotivePlan();
  private PlanRecords.PlanDoc records = recordReader.readValue("{}");

  /** Makes the document, and checks that every contender reads and writes the same one. */
  @Setup
  public void setUp() {
    plan = mops.readString(mapper.writeValueAsString(scaled(SeedPlans.automotivePlan(), factor)));
    text = mops.writeString(plan);
    bytes = text.getBytes(StandardCharsets.UTF_8);
    records = recordReader.readValue(text);
    check(writeRecords(), "records written as text");
    check(new String(writeRecordsBytes(), StandardCharsets.UTF_8), "records written as bytes");
    check(new String(writeMopsBytes(), StandardCharsets.UTF_8), "mops written as bytes");
    check(writeMops(), "mops written as text");
    check(recordWriter.writeValueAsString(readRecords()) + "\n", "records read from text");
    check(recordWriter.writeValueAsString(readRecordsBytes()) + "\n", "records read from bytes");
    if (!readMops().equals(plan) || !readMopsBytes().equals(plan)) {
      throw new IllegalStateException("mops reads another plan than it wrote");
    }
    if (!readTree().equals(readTreeBytes())
        || !readTree().equals(mapper.readTree(writeRecords()))) {
      throw new IllegalStateException("the trees differ");
    }
    if (plan.elements().size() != factor * SeedPlans.automotivePlan().elements().size()) {
      throw new IllegalStateException("the copies did not all come through");
    }
  }

  private void check(String written, String what) {
    if (!written.equals(text)) {
      int i = 0;
      while (i < Math.min(written.length(), text.length()) && written.charAt(i) == text.charAt(i)) {
        i++;
      }
      throw new IllegalStateException(
          what
              + " differs from the document at character "
              + i
              + ": "
              + written.substring(Math.max(0, i - 80), Math.min(written.length(), i + 80))
              + "\n-- expected --\n"
              + text.substring(Math.max(0, i - 80), Math.min(text.length(), i + 80)));
    }
  }

  /** mops reads the text. */
  @Benchmark
  public Plan readMops() {
    return mops.readString(text);
  }

  /** Jackson databind reads the text into records. */
  @Benchmark
  public PlanRecords.PlanDoc readRecords() {
    return recordReader.readValue(text);
  }

  /** Jackson reads the text into a tree: the floor. */
  @Benchmark
  public JsonNode readTree() {
    return mapper.readTree(text);
  }

  /** mops reads the UTF-8 bytes from a stream. */
  @Benchmark
  public Plan readMopsBytes() {
    return mops.read(new ByteArrayInputStream(bytes));
  }

  /** Jackson databind reads the UTF-8 bytes from a stream into records. */
  @Benchmark
  public PlanRecords.PlanDoc readRecordsBytes() {
    return recordReader.readValue(new ByteArrayInputStream(bytes));
  }

  /** Jackson reads the UTF-8 bytes from a stream into a tree: the floor. */
  @Benchmark
  public JsonNode readTreeBytes() {
    return mapper.readTree(new ByteArrayInputStream(bytes));
  }

  /** mops writes the plan as text. */
  @Benchmark
  public String writeMops() {
    return mops.writeString(plan);
  }

  /** Jackson databind writes the records as text, in the same layout. */
  @Benchmark
  public String writeRecords() {
    StringWriter w = new StringWriter(4096);
    recordWriter.writeValue(w, records);
    w.write('\n');
    return w.toString();
  }

  /** mops writes the plan as UTF-8 to a stream. */
  @Benchmark
  public byte[] writeMopsBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    mops.write(plan, out);
    return out.toByteArray();
  }

  /** Jackson databind writes the records as UTF-8 to a stream, in the same layout. */
  @Benchmark
  public byte[] writeRecordsBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    recordWriter.writeValue(out, records);
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * Jackson's own pretty printer set up for the layout of mops documents: two-space indentation,
   * {@code "\n"} line ends, {@code "name": value}, one element or property per line, {@code []} and
   * {@code {}} when empty.
   */
  private static DefaultPrettyPrinter layout() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withArrayIndenter(indenter)
        .withObjectIndenter(indenter);
  }

  /**
   * The JSON tree of {@code factor} copies of {@code seed}: the first as it is, every other with
   * each id (and so each reference, and any text equal to an id) suffixed {@code -cN}. The plan's
   * own properties come from the seed once.
   */
  private ObjectNode scaled(Plan seed, int factor) {
    ObjectNode root = (ObjectNode) mapper.readTree(mops.writeString(seed));
    Set<String> ids = new HashSet<>();
    collectIds(root, ids);
    ids.remove(seed.id());
    ObjectNode out = root.deepCopy();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!(e.getValue() instanceof ArrayNode list)) {
        continue;
      }
      ArrayNode all = out.putArray(e.getKey());
      for (int copy = 0; copy < factor; copy++) {
        for (JsonNode element : list) {
          all.add(copy == 0 ? element.deepCopy() : renamed(element, ids, "-c" + copy));
        }
      }
    }
    return out;
  }

  private static void collectIds(JsonNode node, Set<String> ids) {
    if (node instanceof ObjectNode o) {
      JsonNode id = o.get("id");
      if (id != null && id.isString()) {
        ids.add(id.asString());
      }
    }
    for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext(); ) {
      collectIds(it.next(), ids);
    }
  }

  private static JsonNode renamed(JsonNode node, Set<String> ids, String suffix) {
    if (node instanceof ObjectNode o) {
      ObjectNode copy = o.objectNode();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        copy.set(e.getKey(), renamed(e.getValue(), ids, suffix));
      }
      return copy;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode copy = a.arrayNode();
      for (JsonNode v : a) {
        copy.add(renamed(v, ids, suffix));
      }
      return copy;
    }
    if (node.isString() && ids.contains(node.asString())) {
      return StringNode.valueOf(node.asString() + suffix);
    }
    return node;
  }
}
