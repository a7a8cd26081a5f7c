package dev.mops.json.internal;

import static dev.mops.json.internal.Codecs.MONTH;
import static dev.mops.json.internal.Codecs.STRING;
import static dev.mops.json.internal.Codecs.obj;

import dev.mops.check.CheckReport;
import dev.mops.check.Finding;
import dev.mops.check.Severity;
import dev.mops.json.Position;
import dev.mops.metrics.EmailCounts;
import dev.mops.metrics.EmailRate;
import dev.mops.metrics.EmailReport;
import dev.mops.metrics.Ratio;
import dev.mops.metrics.VisionFocus;
import dev.mops.metrics.WorkMix;
import dev.mops.metrics.WorkShare;
import dev.mops.metrics.WorkUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * The documents mops writes about a plan and never reads back: the findings of a check, the email
 * report by month and the work mix. Each object type is defined once here, with its properties in
 * document order; the writer and the format reference ({@code docs/format.md}) are made from these
 * definitions. They follow the plan format's rules: UTF-8, properties in a fixed order, two-space
 * indentation, {@code \n} line ends, numbers as plain decimals; unlike a plan document they write
 * every property, with {@code null} for an undefined rate, so consumers need no defaults.
 */
public final class Outputs {
  private Outputs() {}

  /** The decimals a rate is rounded to (half-even) in a written document. */
  public static final int RATE_DECIMALS = 6;

  /** A value these documents write and mops never reads. */
  private abstract static class WriteOnly<V> implements Codec<V> {
    private final String docType;
    private final Map<String, Object> schema;

    WriteOnly(String docType, Map<String, Object> schema) {
      this.docType = docType;
      this.schema = schema;
    }

    @Override
    public V read(Reading in) {
      throw new IllegalStateException(docType + " values are written, never read");
    }

    @Override
    public String expected() {
      return docType;
    }

    @Override
    public Map<String, Object> schema() {
      return schema;
    }

    @Override
    public String docType() {
      return docType;
    }
  }

  /** A count: a JSON integer. */
  static final Codec<Long> COUNT =
      new WriteOnly<>("integer", obj("type", "integer")) {
        @Override
        public void write(JsonGenerator g, Long value) {
          g.writeNumber(value.longValue());
        }
      };

  /**
   * A rate: its value rounded half-even to {@value #RATE_DECIMALS} decimals, trailing zeros
   * dropped, as a plain JSON number ({@code 0.0235}, {@code 1}); {@code null} when undefined.
   */
  static final Codec<Ratio> RATE =
      new WriteOnly<>("number or null", obj("type", List.of("number", "null"))) {
        @Override
        public void write(JsonGenerator g, Ratio value) {
          if (value.isDefined()) {
            g.writeNumber(plain(value.decimal(RATE_DECIMALS).orElseThrow()));
          } else {
            g.writeNull();
          }
        }
      };

  /** {@code value} without trailing zeros, written out without an exponent. */
  public static String plain(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.setScale(Math.max(v.scale(), 0), RoundingMode.UNNECESSARY).toPlainString();
  }

  /** A severity: its lower-case label. */
  static final Codec<Severity> SEVERITY =
      new WriteOnly<>(
          "one of "
              + Arrays.stream(Severity.values())
                  .map(Severity::label)
                  .collect(Collectors.joining(", ")),
          obj(
              "enum",
              Arrays.stream(Severity.values()).map(Severity::label).collect(Collectors.toList()))) {
        @Override
        public void write(JsonGenerator g, Severity value) {
          g.writeString(value.label());
        }
      };

  private static <T> ObjectCodec<T, Object[]> writeOnly(Class<T> type, String label, String doc) {
    return ObjectCodec.of(
        type,
        label,
        doc,
        () -> new Object[0],
        a -> {
          throw new IllegalStateException(label + " objects are written, never read");
        });
  }

  private static <T, V> ObjectCodec<T, Object[]> with(
      ObjectCodec<T, Object[]> type, String name, Codec<V> codec, Function<T, V> get, String doc) {
    return type.required(name, codec, get, (a, v) -> {}, doc);
  }

  /**
   * A check's report and where its findings' elements start in the checked document.
   *
   * @param report the report
   * @param positions the position of the element at a JSON pointer, empty when unknown
   */
  public record Checked(CheckReport report, Function<String, Optional<Position>> positions) {
    /** A report whose findings' places in a document are unknown. */
    public static Checked unplaced(CheckReport report) {
      return new Checked(report, p -> Optional.empty());
    }

    List<Placed> findings() {
      List<Placed> out = new ArrayList<>();
      for (Finding f : report.findings()) {
        out.add(new Placed(f, f.pointer().flatMap(positions)));
      }
      return out;
    }
  }

  /**
   * A finding and where its element starts, when known.
   *
   * @param finding the finding
   * @param position where its element starts in the checked document
   */
  record Placed(Finding finding, Optional<Position> position) {}

  /** One finding of a check. */
  static final ObjectCodec<Placed, Object[]> FINDING = finding();

  private static ObjectCodec<Placed, Object[]> finding() {
    ObjectCodec<Placed, Object[]> f =
        writeOnly(Placed.class, "finding", "A finding of a plan check: what a rule found where.");
    with(f, "rule", STRING, p -> p.finding().ruleId(), "The id of the rule that found it.");
    with(f, "severity", SEVERITY, p -> p.finding().severity(), "How serious it is.");
    with(
        f,
        "path",
        STRING,
        p -> p.finding().path().toString(),
        "Where in the plan, as the checker writes paths: `quickWins[qw-nurture].buildsOn`.");
    f.optional(
        "pointer",
        STRING,
        p -> p.finding().pointer(),
        (a, v) -> {},
        "The RFC 6901 JSON pointer of the element in the plan document, e.g. `/quickWins/3`;"
            + " absent for a finding about the plan as a whole.");
    f.optional(
        "line",
        COUNT,
        p -> p.position().map(at -> (long) at.line()),
        (a, v) -> {},
        "The 1-based line where the element starts in the checked file; absent when unknown.");
    f.optional(
        "column",
        COUNT,
        p -> p.position().map(at -> (long) at.column()),
        (a, v) -> {},
        "The 1-based column (in characters) where the element starts; absent when unknown.");
    with(f, "message", STRING, p -> p.finding().message(), "What is wrong, in a sentence.");
    return f.optional(
        "hint", STRING, p -> p.finding().hint(), (a, v) -> {}, "How to fix it, if known.");
  }

  /** The number of findings of each severity. */
  static final ObjectCodec<CheckReport, Object[]> COUNTS = counts();

  private static ObjectCodec<CheckReport, Object[]> counts() {
    ObjectCodec<CheckReport, Object[]> c =
        writeOnly(
            CheckReport.class,
            "findingCounts",
            "The number of findings of each severity, every severity present.");
    for (Severity s : Severity.values()) {
      with(
          c, s.label(), COUNT, r -> (long) r.count(s), "The number of " + s.label() + " findings.");
    }
    return c;
  }

  /** The findings document: what {@code mops check --format json} prints. */
  public static final ObjectCodec<Checked, Object[]> FINDINGS =
      with(
          with(
              writeOnly(
                  Checked.class,
                  "findings",
                  "The findings of a plan check (`mops check --format json`), the root object."),
              "findings",
              Codecs.list(FINDING),
              Checked::findings,
              "Every finding: errors first, then by path, then by rule id; `[]` when none."),
          "counts",
          COUNTS,
          Checked::report,
          "The number of findings of each severity.");

  /**
   * One month of an email report: its key and counts, and the rates its source cannot give.
   *
   * @param month the month
   * @param counts its counts
   * @param unavailable the rates written as {@code null} whatever the counts
   */
  public record Month(YearMonth month, EmailCounts counts, Set<EmailRate> unavailable) {
    /** The rate {@code r} of this month: undefined when the source cannot give it. */
    Ratio rate(EmailRate r) {
      return unavailable.contains(r) ? Ratio.of(0, 0) : r.of(counts);
    }
  }

  /**
   * A rate the source of an email report cannot give, and why.
   *
   * @param rate the rate
   * @param reason why, e.g. {@code the sfmc export has no delivered events}
   */
  public record NotAvailable(EmailRate rate, String reason) {}

  /**
   * An email report by month, as the document lists it.
   *
   * @param months the months, in order
   * @param notAvailable the rates the source cannot give, in {@link EmailRate} order
   */
  public record MonthlyEmail(List<Month> months, List<NotAvailable> notAvailable) {
    /** The months of {@code report}, in order. */
    public static MonthlyEmail of(EmailReport<YearMonth> report) {
      List<Month> months = new ArrayList<>();
      Set<EmailRate> unavailable = report.unavailable().keySet();
      report.counts().asMap().forEach((m, c) -> months.add(new Month(m, c, unavailable)));
      List<NotAvailable> na = new ArrayList<>();
      report.unavailable().forEach((r, why) -> na.add(new NotAvailable(r, why)));
      return new MonthlyEmail(List.copyOf(months), List.copyOf(na));
    }
  }

  /**
   * The property name of each rate in an email month, the one place that names them: the month's
   * properties and the {@code notAvailable} list both read it.
   */
  static String property(EmailRate r) {
    return switch (r) {
      case CHURN -> "churn";
      case DELIVERY -> "deliveryRate";
      case OPEN_RATE -> "openRate";
      case CLICK_RATE -> "clickRate";
      case CLICK_TO_OPEN -> "clickToOpenRate";
      case UNSUBSCRIBE_RATE -> "unsubscribeRate";
    };
  }

  /** A rate named by its property name. */
  static final Codec<EmailRate> RATE_NAME =
      new WriteOnly<>(
          "one of "
              + Arrays.stream(EmailRate.values())
                  .map(Outputs::property)
                  .collect(Collectors.joining(", ")),
          obj(
              "enum",
              Arrays.stream(EmailRate.values())
                  .map(Outputs::property)
                  .collect(Collectors.toList()))) {
        @Override
        public void write(JsonGenerator g, EmailRate value) {
          g.writeString(property(value));
        }
      };

  /** A rate the report's source cannot give. */
  static final ObjectCodec<NotAvailable, Object[]> NOT_AVAILABLE =
      with(
          with(
              writeOnly(
                  NotAvailable.class,
                  "notAvailable",
                  "A rate the report's source cannot give: `null` in every month, and why."),
              "rate",
              RATE_NAME,
              NotAvailable::rate,
              "The rate, by its property name in a month."),
          "reason",
          STRING,
          NotAvailable::reason,
          "Why, e.g. `the sfmc export has no delivered events`.");

  /** One month of the email report. */
  static final ObjectCodec<Month, Object[]> MONTH_COUNTS = month();

  private static ObjectCodec<Month, Object[]> month() {
    ObjectCodec<Month, Object[]> m =
        writeOnly(
            Month.class,
            "emailMonth",
            "The email counts and rates of one calendar month of the report's zone; a rate the"
                + " source cannot give (see `notAvailable`) is `null`.");
    with(m, "month", MONTH, Month::month, "The month.");
    with(
        m,
        "unsubscribed",
        COUNT,
        x -> x.counts().unsubscribers(),
        "Distinct contacts who unsubscribed in the month.");
    with(
        m,
        "recipients",
        COUNT,
        x -> x.counts().recipients(),
        "Distinct contacts emailed (sent to) in the month.");
    with(
        m,
        property(EmailRate.CHURN),
        RATE,
        x -> x.rate(EmailRate.CHURN),
        "Email churn: unsubscribed ÷ recipients; may exceed 1; `null` without recipients.");
    with(
        m,
        property(EmailRate.DELIVERY),
        RATE,
        x -> x.rate(EmailRate.DELIVERY),
        "Delivery events ÷ send events; `null` without sends.");
    with(
        m,
        property(EmailRate.OPEN_RATE),
        RATE,
        x -> x.rate(EmailRate.OPEN_RATE),
        "Distinct openers ÷ distinct delivered contacts; `null` when none was delivered.");
    with(
        m,
        property(EmailRate.CLICK_RATE),
        RATE,
        x -> x.rate(EmailRate.CLICK_RATE),
        "Distinct clickers ÷ distinct delivered contacts; `null` when none was delivered.");
    with(
        m,
        property(EmailRate.CLICK_TO_OPEN),
        RATE,
        x -> x.rate(EmailRate.CLICK_TO_OPEN),
        "Distinct clickers ÷ distinct openers; may exceed 1; `null` without openers.");
    return with(
        m,
        property(EmailRate.UNSUBSCRIBE_RATE),
        RATE,
        x -> x.rate(EmailRate.UNSUBSCRIBE_RATE),
        "Distinct unsubscribers ÷ distinct delivered contacts; `null` when none was delivered.");
  }

  /** The email report document: what {@code mops churn --format json} prints. */
  public static final ObjectCodec<MonthlyEmail, Object[]> EMAIL_REPORT =
      with(
          with(
              writeOnly(
                  MonthlyEmail.class,
                  "emailReport",
                  "Email churn and rates by month (`mops churn --format json`), the root object."),
              "months",
              Codecs.list(MONTH_COUNTS),
              MonthlyEmail::months,
              "One entry per month with at least one event, in calendar order; `[]` when none."),
          "notAvailable",
          Codecs.list(NOT_AVAILABLE),
          MonthlyEmail::notAvailable,
          "The rates the source cannot give (an export without delivered events has no delivery"
              + " rate, not one of 0), `null` in every month; `[]` when it can give them all.");

  /**
   * The shares of one unit of a work mix.
   *
   * @param unit the unit
   * @param urgent the urgent share
   * @param adHoc the ad-hoc share
   * @param vision the vision focus
   */
  public record UnitShares(WorkUnit unit, WorkShare urgent, WorkShare adHoc, VisionFocus vision) {}

  /**
   * A work mix, as the document lists it.
   *
   * @param items the work items counted
   * @param units the shares of each unit, in the order of {@link WorkUnit}
   */
  public record WorkMixShares(long items, List<UnitShares> units) {
    /** The shares of all work of {@code mix}, unit by unit. */
    public static WorkMixShares of(WorkMix mix) {
      List<UnitShares> units = new ArrayList<>();
      for (WorkUnit u : WorkUnit.values()) {
        units.add(new UnitShares(u, mix.urgentShare(u), mix.adHocShare(u), mix.visionFocus(u)));
      }
      return new WorkMixShares(mix.items(), List.copyOf(units));
    }
  }

  /** A work unit: {@code tickets}, {@code hours} or {@code story_points}. */
  static final Codec<WorkUnit> UNIT =
      new WriteOnly<>(
          "one of tickets, hours, story_points",
          obj("enum", List.of("tickets", "hours", "story_points"))) {
        @Override
        public void write(JsonGenerator g, WorkUnit value) {
          g.writeString(value.name().toLowerCase(Locale.ROOT));
        }
      };

  /** The shares of one unit of the work mix. */
  static final ObjectCodec<UnitShares, Object[]> UNIT_SHARES = unitShares();

  private static ObjectCodec<UnitShares, Object[]> unitShares() {
    ObjectCodec<UnitShares, Object[]> u =
        writeOnly(UnitShares.class, "workUnitShares", "The shares of all work in one unit.");
    with(u, "unit", UNIT, UnitShares::unit, "The unit: `tickets`, `hours` or `story_points`.");
    with(
        u,
        "counted",
        COUNT,
        x -> x.urgent().counted(),
        "Work items counted in this unit (those with a value in it).");
    with(
        u,
        "leftOut",
        COUNT,
        x -> x.urgent().leftOut(),
        "Work items left out: no value in this unit (blank hours or story points).");
    with(
        u,
        "urgentShare",
        RATE,
        x -> x.urgent().share(),
        "Urgent work ÷ all counted work; `null` when nothing was counted.");
    with(
        u,
        "adHocShare",
        RATE,
        x -> x.adHoc().share(),
        "Ad-hoc work ÷ all counted work; `null` when nothing was counted.");
    return with(
        u,
        "visionFocus",
        RATE,
        x -> x.vision().share().share(),
        "Vision-aligned work ÷ all counted work; `null` when nothing was counted.");
  }

  /** The work mix document: what {@code mops work --format json} prints. */
  public static final ObjectCodec<WorkMixShares, Object[]> WORK_MIX =
      with(
          with(
              writeOnly(
                  WorkMixShares.class,
                  "workMix",
                  "Urgent, ad-hoc and vision-focus shares of work items (`mops work --format"
                      + " json`), the root object."),
              "items",
              COUNT,
              WorkMixShares::items,
              "The work items counted."),
          "units",
          Codecs.list(UNIT_SHARES),
          WorkMixShares::units,
          "The shares by ticket count, by hours and by story points, in that order.");

  /** Every object type of these documents, roots first, for the format reference. */
  public static final List<ObjectCodec<?, ?>> TYPES =
      List.of(
          FINDINGS,
          FINDING,
          COUNTS,
          EMAIL_REPORT,
          MONTH_COUNTS,
          NOT_AVAILABLE,
          WORK_MIX,
          UNIT_SHARES);
}
