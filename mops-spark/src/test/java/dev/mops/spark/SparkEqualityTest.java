package dev.mops.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mops.csv.ColumnMapping;
import dev.mops.csv.EmailEventsCsv;
import dev.mops.metrics.BounceType;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailCounts;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.EmailReport;
import dev.mops.metrics.WorkMix;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.metrics.WorkUnit;
import dev.mops.model.Quarter;
import dev.mops.model.WorkItem;
import dev.mops.model.WorkKind;
import dev.mops.spark.example.MonthlyChurnJob;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SparkEmailMetrics} in {@code local[2]} equals {@link EmailAccumulator} on the same events,
 * every numerator and denominator: the bundled sample, random event streams, a preset mapping,
 * typed Parquet input, and the failures. One Spark session for the whole class.
 */
class SparkEqualityTest {
  private static final Path SAMPLE =
      Path.of("../mops-examples/src/main/resources/dev/mops/cli/sample-events.csv");
  private static final StructType STANDARD =
      new StructType()
          .add("contact_id", DataTypes.StringType)
          .add("event", DataTypes.StringType)
          .add("occurred_at", DataTypes.StringType)
          .add("message_id", DataTypes.StringType)
          .add("bounce_type", DataTypes.StringType);
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneId.of("America/Chicago"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Pacific/Kiritimati"),
          ZoneId.of("Europe/Berlin"));

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("mops-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "3")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Dataset<Row> csv(Path file) {
    return spark.read().option("header", "true").csv(file.toString());
  }

  @Test
  void theBundledSampleGivesTheCsvImportersReportByMonthAndQuarter() {
    Dataset<Row> events = csv(SAMPLE).repartition(4);
    EmailReport<YearMonth> expected = EmailEventsCsv.read(SAMPLE);
    EmailReport<YearMonth> actual = SparkEmailMetrics.of().byMonth(events);
    assertFalse(expected.counts().isEmpty());
    assertReportsEqual(expected, actual);
    assertEquals(expected.table(), actual.table());

    EmailAccumulator acc = EmailMetrics.accumulator(ZoneId.of("America/Chicago"));
    EmailEventsCsv.builder().build().readInto(SAMPLE, acc);
    SparkEmailMetrics chicago =
        SparkEmailMetrics.of(ColumnMapping.standard(), ZoneId.of("America/Chicago"));
    assertReportsEqual(acc.resultByQuarter(Month.APRIL), chicago.byQuarter(events, Month.APRIL));
  }

  @Test
  void theReadmeSnippetRunsAsWritten() {
    String path = SAMPLE.toString();
    // snippet: spark-email-metrics
    Dataset<Row> events = spark.read().option("header", "true").csv(path);   // or .parquet(path)
    SparkEmailMetrics metrics = SparkEmailMetrics.of(ColumnMapping.standard(), ZoneId.of("America/Chicago"));
    EmailReport<YearMonth> report = metrics.byMonth(events);    // the core's own value: every report, rule and printer works on it
    String table = report.table();                              // the same table as `mops churn`
    EmailReport<Quarter> quarters = metrics.byQuarter(events, Month.APRIL);
    Dataset<Row> counts = metrics.countsByMonth(events);        // or stay in Spark: one row of counts per month
    // end snippet
    EmailAccumulator acc = EmailMetrics.accumulator(ZoneId.of("America/Chicago"));
    EmailEventsCsv.builder().build().readInto(SAMPLE, acc);
    assertEquals(acc.result().table(), table);
    assertEquals(acc.resultByQuarter(Month.APRIL), quarters);
    assertEquals(report.counts().size(), counts.count());
  }

  @Test
  void randomEventStreamsGiveTheAccumulatorsCountsInEveryZone() {
    for (long seed = 1; seed <= 4; seed++) {
      Random random = new Random(seed);
      ZoneId zone = ZONES.get((int) (seed % ZONES.size()));
      EmailAccumulator acc = EmailMetrics.accumulator(zone);
      List<Row> rows = randomEvents(random, 1500, acc);
      Dataset<Row> events = spark.createDataFrame(rows, STANDARD).repartition(3);
      SparkEmailMetrics metrics = SparkEmailMetrics.of(ColumnMapping.standard(), zone);
      String context = "seed " + seed + " in " + zone;
      assertReportsEqual(acc.result(), metrics.byMonth(events), context);
      Month start = Month.of(1 + random.nextInt(12));
      assertReportsEqual(
          acc.resultByQuarter(start), metrics.byQuarter(events, start), context + ", " + start);
    }
  }

  @Test
  void theCountsDatasetHoldsTheReportsCountsUnderTheirNames() {
    Random random = new Random(99);
    EmailAccumulator acc = EmailMetrics.accumulator();
    Dataset<Row> events = spark.createDataFrame(randomEvents(random, 800, acc), STANDARD);
    Dataset<Row> counts = SparkEmailMetrics.of().countsByMonth(events);
    assertEquals(
        List.of(
            "month",
            "sent_events",
            "delivered_events",
            "recipients",
            "delivered_contacts",
            "openers",
            "clickers",
            "unsubscribers",
            "hard_bouncers",
            "soft_bouncers",
            "complainers"),
        List.of(counts.columns()));
    Map<YearMonth, EmailCounts> expected = acc.result().counts().asMap();
    List<Row> got = counts.collectAsList();
    assertEquals(expected.size(), got.size());
    for (Row r : got) {
      EmailCounts c = expected.get(YearMonth.parse(r.getString(0)));
      assertNotNull(c, r.getString(0));
      assertEquals(
          List.of(
              c.sentEvents(),
              c.deliveredEvents(),
              c.recipients(),
              c.deliveredContacts(),
              c.openers(),
              c.clickers(),
              c.unsubscribers(),
              c.hardBouncers(),
              c.softBouncers(),
              c.complainers()),
          List.of(
              r.getLong(1),
              r.getLong(2),
              r.getLong(3),
              r.getLong(4),
              r.getLong(5),
              r.getLong(6),
              r.getLong(7),
              r.getLong(8),
              r.getLong(9),
              r.getLong(10)));
    }
    assertEquals(
        "quarter",
        SparkEmailMetrics.of().countsByQuarter(events, Month.JULY).columns()[0],
        "the quarter dataset names its period");
  }

  @Test
  void aPresetMappingAppliesToADataFrameAsToAFile(@TempDir Path dir) throws Exception {
    // Mailchimp's headers, its synonyms (opened, unsub), its bounce type column, in mixed case
    String csv =
        String.join(
            "\n",
            "email_address,action,timestamp,type,campaign_id,extra",
            "a@x.com,sent,2027-03-01T23:30:00-05:00,,c1,1",
            "b@x.com,SENT,2027-03-02T10:00:00Z,,c1,2",
            "a@x.com,Opened,2027-03-02T10:00:00Z,,c1,3",
            "b@x.com,unsub,2027-03-03T10:00:00Z,,c1,4",
            "b@x.com,unsubscribed,2027-03-04T10:00:00Z,,,5",
            "c@x.com,bounced,2027-04-01T00:30:00+02:00,soft,c2,6",
            "d@x.com,bounced,2027-04-02T10:00:00Z,hard,c2,7",
            "e@x.com,abuse,2027-04-02T10:00:00Z,,,8",
            "");
    Path file = dir.resolve("mailchimp.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    ZoneId zone = ZoneId.of("America/New_York");
    EmailAccumulator acc = EmailMetrics.accumulator(zone);
    EmailEventsCsv.builder().mapping(ColumnMapping.mailchimp()).build().readInto(file, acc);
    EmailReport<YearMonth> actual =
        SparkEmailMetrics.of(ColumnMapping.mailchimp(), zone).byMonth(csv(file));
    assertReportsEqual(acc.result(), actual);
    assertEquals(2, actual.byMessage().size(), "messages c1 and c2");
    assertEquals(1, actual.counts().get(YearMonth.of(2027, 3)).orElseThrow().unsubscribers());
  }

  @Test
  void typedParquetTimestampsCountInTheirInstantsMonth(@TempDir Path dir) {
    EmailAccumulator acc = EmailMetrics.accumulator(ZoneId.of("Asia/Kolkata"));
    List<Row> rows = randomEvents(new Random(7), 600, acc);
    Dataset<Row> strings = spark.createDataFrame(rows, STANDARD);
    Path parquet = dir.resolve("events.parquet");
    strings
        .withColumn(
            "occurred_at", org.apache.spark.sql.functions.col("occurred_at").cast("timestamp"))
        .write()
        .parquet(parquet.toString());
    Dataset<Row> typed = spark.read().parquet(parquet.toString());
    assertEquals(DataTypes.TimestampType, typed.schema().apply("occurred_at").dataType());
    assertReportsEqual(
        acc.result(),
        SparkEmailMetrics.of(ColumnMapping.standard(), ZoneId.of("Asia/Kolkata")).byMonth(typed));
  }

  @Test
  void theExampleJobPrintsTheImportersTableAndWritesCountsThatReadBackToTheSameReport(
      @TempDir Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String out = dir.resolve("counts").toString();
    EmailReport<YearMonth> report =
        MonthlyChurnJob.run(
            spark,
            SAMPLE.toString(),
            out,
            ZoneOffset.UTC,
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    EmailReport<YearMonth> expected = EmailEventsCsv.read(SAMPLE);
    assertEquals(expected.counts(), report.counts());
    assertEquals(
        expected.table()
            + "counts of "
            + expected.counts().size()
            + " months written to "
            + out
            + "\n",
        bytes.toString(StandardCharsets.UTF_8));
    Dataset<Row> written = spark.read().option("header", "true").csv(out);
    assertEquals(expected.counts(), SparkEmailMetrics.of().monthlyReport(written).counts());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkEmailMetrics.of().monthlyReport(written.drop("openers")));
    assertTrue(e.getMessage().startsWith("counts must have the columns [month, sent_events"));
  }

  @Test
  void aMissingColumnFailsAtOnceAndABadRowFailsTheJob() {
    Dataset<Row> noEvent =
        spark.createDataFrame(
            List.of(RowFactory.create("a", "2027-03-01T00:00:00Z")),
            new StructType()
                .add("contact_id", DataTypes.StringType)
                .add("occurred_at", DataTypes.StringType));
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class, () -> SparkEmailMetrics.of().countsByMonth(noEvent));
    assertTrue(missing.getMessage().contains("event"), missing.getMessage());

    Dataset<Row> bad =
        spark
            .createDataFrame(
                List.of(
                    RowFactory.create("a", "sent", "2027-03-01T00:00:00Z", null, null),
                    RowFactory.create("b", "teleported", "2027-03-01T00:00:00Z", null, null)),
                STANDARD)
            .coalesce(1);
    Exception e = assertThrows(Exception.class, () -> SparkEmailMetrics.of().byMonth(bad));
    Throwable cause = e;
    while (cause != null && !(cause instanceof IllegalArgumentException)) {
      cause = cause.getCause();
    }
    assertNotNull(cause, "an IllegalArgumentException in the chain of " + e);
    assertTrue(cause.getMessage().contains("teleported"), cause.getMessage());
    assertTrue(
        cause.getMessage().startsWith("bad email event in row 2 of partition 0, column event: "),
        cause.getMessage());
  }

  @Test
  void randomWorkItemsGiveTheWorkMixAccumulatorsShares() {
    Random random = new Random(11);
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("created_at", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("urgent", DataTypes.StringType)
            .add("hours", DataTypes.StringType)
            .add("story_points", DataTypes.StringType)
            .add("vision_aligned", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    WorkMixAccumulator acc = new WorkMixAccumulator();
    for (int i = 0; i < 1200; i++) {
      LocalDate day = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(200));
      WorkKind kind = random.nextBoolean() ? WorkKind.AD_HOC : WorkKind.PLANNED;
      boolean urgent = random.nextInt(4) == 0;
      boolean vision = random.nextInt(5) > 0;
      // hours with many decimals (exact sums), sometimes blank (left out); points sometimes blank
      BigDecimal hours =
          random.nextInt(5) == 0
              ? null
              : new BigDecimal(random.nextInt(1_000_000)).movePointLeft(4);
      BigDecimal points = random.nextInt(3) == 0 ? null : BigDecimal.valueOf(random.nextInt(13));
      WorkItem.Builder b =
          WorkItem.builder()
              .id("W-" + i)
              .createdOn(day)
              .kind(kind)
              .urgent(urgent)
              .visionAligned(vision);
      if (hours != null) {
        b.hours(hours);
      }
      if (points != null) {
        b.storyPoints(points);
      }
      // a timestamp is dated by its instant in the reader's zone (UTC here, DESIGN §9): 23:30 at
      // -08:00 is the next day in UTC, 23:30 at +09:00 the same day
      String created =
          random.nextBoolean()
              ? day.toString()
              : day + "T23:30:00" + (random.nextBoolean() ? "-08:00" : "+09:00");
      b.createdOn(created.endsWith("-08:00") ? day.plusDays(1) : day);
      acc.accept(b.build());
      rows.add(
          RowFactory.create(
              "W-" + i,
              created,
              kind == WorkKind.AD_HOC ? "ad_hoc" : "Planned",
              urgent ? "TRUE" : "false",
              hours == null ? "" : hours.toPlainString(),
              points == null ? null : points.toString(),
              vision ? "true" : "False"));
    }
    Collections.shuffle(rows, random);
    WorkMix actual = SparkWorkMix.of().mix(spark.createDataFrame(rows, schema).repartition(3));
    WorkMix expected = acc.result();
    for (WorkUnit u : WorkUnit.values()) {
      assertEquals(expected.urgentShare(u), actual.urgentShare(u), u.toString());
      assertEquals(expected.adHocShare(u), actual.adHocShare(u), u.toString());
      assertEquals(expected.visionFocus(u), actual.visionFocus(u), u.toString());
      assertEquals(expected.urgentShareByMonth(u), actual.urgentShareByMonth(u), u.toString());
      assertEquals(expected.adHocShareByMonth(u), actual.adHocShareByMonth(u), u.toString());
      assertEquals(expected.visionFocusByMonth(u), actual.visionFocusByMonth(u), u.toString());
    }
    assertTrue(expected.adHocShare(WorkUnit.HOURS).leftOut() > 0, "some items had no hours");
    assertEquals(expected, actual);
    assertEquals(expected.toString(), actual.toString());
    assertEquals("work mix on Spark (standard mapping)", SparkWorkMix.of().toString());
  }

  @Test
  void argumentsAreCheckedByName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> SparkEmailMetrics.of(null, ZoneOffset.UTC));
    assertEquals("mapping", e.getMessage());
    e =
        assertThrows(
            NullPointerException.class, () -> SparkEmailMetrics.of(ColumnMapping.standard(), null));
    assertEquals("zone", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> SparkEmailMetrics.of().byMonth(null));
    assertEquals("events", e.getMessage());
    assertEquals("email metrics on Spark (standard mapping, Z)", SparkEmailMetrics.of().toString());
  }

  private static <P extends Comparable<? super P>> void assertReportsEqual(
      EmailReport<P> expected, EmailReport<P> actual) {
    assertReportsEqual(expected, actual, "");
  }

  /** Every numerator and denominator of every period and message, then the whole value. */
  private static <P extends Comparable<? super P>> void assertReportsEqual(
      EmailReport<P> expected, EmailReport<P> actual, String context) {
    assertEquals(expected.counts().asMap().keySet(), actual.counts().asMap().keySet(), context);
    expected
        .counts()
        .asMap()
        .forEach(
            (p, c) -> {
              EmailCounts a = actual.counts().get(p).orElseThrow();
              assertEquals(numbers(c), numbers(a), context + " " + p);
            });
    assertEquals(expected.byMessage().keySet(), actual.byMessage().keySet(), context);
    expected
        .byMessage()
        .forEach(
            (m, c) ->
                assertEquals(
                    numbers(c), numbers(actual.byMessage().get(m)), context + " message " + m));
    assertEquals(expected, actual, context);
    assertEquals(expected.toString(), actual.toString(), context);
  }

  private static List<Long> numbers(EmailCounts c) {
    return List.of(
        c.sentEvents(),
        c.deliveredEvents(),
        c.recipients(),
        c.deliveredContacts(),
        c.openers(),
        c.clickers(),
        c.unsubscribers(),
        c.hardBouncers(),
        c.softBouncers(),
        c.complainers(),
        c.churn().numerator().longValueExact(),
        c.churn().denominator().longValueExact());
  }

  /**
   * {@code n} random events (plus their rows), counted into {@code acc} as they are made and
   * shuffled after: timestamps written with several offsets and in mixed-case event names,
   * duplicate unsubscribes, months with unsubscribes and opens but no sends, bounces soft, hard and
   * unstated, some events naming a message.
   */
  private static List<Row> randomEvents(Random random, int n, EmailAccumulator acc) {
    List<ZoneOffset> offsets =
        List.of(
            ZoneOffset.UTC,
            ZoneOffset.ofHours(-5),
            ZoneOffset.ofHoursMinutes(5, 30),
            ZoneOffset.ofHours(14),
            ZoneOffset.ofHours(-11));
    EmailEventType[] types = EmailEventType.values();
    long start = Instant.parse("2026-11-01T00:00:00Z").getEpochSecond();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String contact = "c" + random.nextInt(n / 5 + 1);
      EmailEventType type = types[random.nextInt(types.length)];
      long second = start + (long) random.nextInt(400) * 86_400 + random.nextInt(86_400);
      // months 2027-06 and 2027-07: no sends, only what follows earlier sends
      YearMonth utcMonth = YearMonth.from(Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC));
      boolean quiet =
          utcMonth.equals(YearMonth.of(2027, 6)) || utcMonth.equals(YearMonth.of(2027, 7));
      if (quiet && type == EmailEventType.SENT) {
        type = EmailEventType.UNSUBSCRIBE;
      }
      String bounce = null;
      BounceType bounceType = BounceType.HARD;
      if (type == EmailEventType.BOUNCE) {
        int b = random.nextInt(3);
        bounce = b == 0 ? null : b == 1 ? "soft" : "Hard";
        bounceType = b == 1 ? BounceType.SOFT : BounceType.HARD;
      }
      String message = random.nextInt(3) == 0 ? "m" + random.nextInt(4) : null;
      ZoneOffset offset = offsets.get(random.nextInt(offsets.size()));
      String at =
          Instant.ofEpochSecond(second)
              .atOffset(offset)
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT));
      String name = type.name().toLowerCase(Locale.ROOT);
      if (random.nextBoolean()) {
        name = name.toUpperCase(Locale.ROOT);
      }
      int copies = type == EmailEventType.UNSUBSCRIBE ? 1 + random.nextInt(3) : 1;
      for (int k = 0; k < copies; k++) {
        rows.add(RowFactory.create(contact, name, at, message, bounce));
        if (message == null) {
          acc.accept(contact, type, second, bounceType);
        } else {
          acc.accept(contact, type, second, bounceType, message);
        }
      }
    }
    Collections.shuffle(rows, random);
    return rows;
  }
}
