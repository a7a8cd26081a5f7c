package dev.mops.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.mops.metrics.EmailEvent;
import dev.mops.metrics.EmailEventType;
import dev.mops.metrics.EmailMetrics;
import dev.mops.metrics.FunnelMetrics;
import dev.mops.metrics.FunnelRecord;
import dev.mops.metrics.KeyResults;
import dev.mops.metrics.Nps;
import dev.mops.metrics.NpsAccumulator;
import dev.mops.metrics.Outcome;
import dev.mops.metrics.Progress;
import dev.mops.metrics.Ratio;
import dev.mops.metrics.WorkMetrics;
import dev.mops.metrics.WorkMixAccumulator;
import dev.mops.model.CheckIn;
import dev.mops.model.DateRange;
import dev.mops.model.ExtensionValue;
import dev.mops.model.Extensions;
import dev.mops.model.ExternalOkrRef;
import dev.mops.model.Frequency;
import dev.mops.model.KeyResult;
import dev.mops.model.Observation;
import dev.mops.model.Okr;
import dev.mops.model.OkrLevel;
import dev.mops.model.Plan;
import dev.mops.model.PlanElement;
import dev.mops.model.Quarter;
import dev.mops.model.Scale;
import dev.mops.model.SignOff;
import dev.mops.model.SuccessIndicator;
import dev.mops.model.Target;
import dev.mops.model.Vision;
import dev.mops.report.MonthlyUpdate;
import dev.mops.report.QuarterlyReview;
import dev.mops.testing.PublicApi;
import dev.mops.testing.SeedPlans;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The API has no nulls (DESIGN §4): every public constructor and method of every public class in
 * the exported packages of {@code dev.mops.core} throws {@link NullPointerException} for a null
 * argument, checked with Guava's {@link NullPointerTester}: static methods and constructors of each
 * class, and instance methods on a sample instance of each class that has one (a value from the
 * seed plan, a builder, what a static {@code of(Plan)} makes, a report, an accumulator).
 */
class NullContractTest {
  private static final Plan PLAN = SeedPlans.automotivePlan();
  private static final LocalDate DAY = LocalDate.of(2027, 3, 31);

  /** Classes whose instances the tester needs and cannot make itself, with a sample of each. */
  static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> s = new LinkedHashMap<>();
    s.put(Plan.class, PLAN);
    for (PlanElement e : PLAN.elements()) {
      for (Class<?> c = e.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        if (Modifier.isPublic(c.getModifiers())) {
          s.putIfAbsent(c, e);
        }
      }
    }
    Okr okr = PLAN.okrs().get(0);
    KeyResult kr = okr.keyResults().get(0);
    s.put(KeyResult.class, kr);
    s.put(
        Target.class,
        PLAN.objectives().stream().flatMap(o -> o.target().stream()).findFirst().orElseThrow());
    s.put(SignOff.class, SignOff.of("sales", "Dana", DAY));
    s.put(SuccessIndicator.class, PLAN.internalGoals().get(0).indicators().get(0));
    s.put(Vision.class, PLAN.vision().orElseThrow());
    s.put(
        ExternalOkrRef.class,
        ExternalOkrRef.of(
            "mkt-1", "Marketing OKR", OkrLevel.MARKETING, URI.create("https://example.com/okr")));
    s.put(Scale.class, Scale.of(-100, 100, "NPS"));
    s.put(CheckIn.class, CheckIn.of(DAY, BigDecimal.ONE));
    s.put(Observation.class, Observation.of(DAY, BigDecimal.ONE));
    s.put(DateRange.class, DateRange.ofYear(Year.of(2027)));
    s.put(Quarter.class, Quarter.of(2027, 1));
    s.put(Frequency.class, Frequency.monthly());
    s.put(ExtensionValue.class, ExtensionValue.string("x"));
    s.put(Extensions.class, Extensions.of("vendor.key", ExtensionValue.string("x")));
    s.put(ElementPath.class, ElementPath.of("objectives", "automotive-sales"));
    s.put(
        Finding.class,
        Finding.of("rule", Severity.WARNING, ElementPath.root("mops-2027"), "message"));
    s.put(RuleSet.class, RuleSet.defaults());
    s.put(
        RuleDescriptor.class,
        RuleDescriptor.builder("vendor.rule", Severity.INFO, "A vendor rule")
            .parameter(RuleParameter.integer("n", 1, 1, 3))
            .build());
    s.put(RuleParameter.class, RuleParameter.integer("n", 1, 1, 3).withUnit("days"));
    s.put(PlanChecker.class, PlanChecker.defaults());
    s.put(CheckInput.class, CheckInput.of(PLAN).asOf(DAY));
    s.put(CheckReport.class, PlanChecker.defaults().check(PLAN, DAY));
    s.put(Ratio.class, Ratio.of(1, 4));
    s.put(Progress.class, KeyResults.binary(true));
    s.put(Outcome.class, Outcome.atPercent(100, BigDecimal.TEN));
    s.put(Nps.class, Nps.of(9, 10, 3));
    s.put(NpsAccumulator.class, new NpsAccumulator());
    s.put(
        EmailEvent.class,
        EmailEvent.of("c1", EmailEventType.SENT, Instant.parse("2027-01-03T09:00:00Z")));
    s.put(FunnelRecord.class, FunnelRecord.of("c1", "mql", Instant.parse("2027-01-03T09:00:00Z")));
    s.put(WorkMixAccumulator.class, WorkMetrics.accumulator());
    s.put(MonthlyUpdate.class, MonthlyUpdate.of(PLAN, YearMonth.of(2027, 3)));
    s.put(QuarterlyReview.class, QuarterlyReview.of(PLAN, Quarter.of(2027, 1)));
    s.put(LocalDate.class, DAY);
    s.put(YearMonth.class, YearMonth.of(2027, 3));
    s.put(Year.class, Year.of(2027));
    s.put(Month.class, Month.JANUARY);
    s.put(Instant.class, Instant.parse("2027-01-03T09:00:00Z"));
    s.put(ZoneId.class, ZoneOffset.UTC);
    s.put(Period.class, Period.ofMonths(1));
    s.put(URI.class, URI.create("https://example.com"));
    s.put(BigDecimal.class, BigDecimal.ONE);
    return s;
  }

  /** Instances whose public instance methods are tested, beyond {@link #samples()}. */
  static List<Object> moreInstances() {
    List<Object> more = new ArrayList<>();
    more.add(EmailMetrics.accumulator());
    more.add(EmailMetrics.accumulator().result());
    more.add(FunnelMetrics.accumulator(List.of("mql", "sql")));
    more.add(RuleSet.builder());
    more.add(RuleDescriptor.builder("vendor.rule", Severity.INFO, "A vendor rule"));
    more.add(WorkMetrics.mix(PLAN.workItems()));
    return more;
  }

  static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    samples().forEach((type, value) -> setDefault(tester, type, value));
    return tester;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  @Test
  void findsTheWholeApi() throws IOException {
    List<Class<?>> api = PublicApi.classes(Plan.class.getModule());
    Set<String> packages = api.stream().map(Class::getPackageName).collect(Collectors.toSet());
    assertTrue(
        packages.containsAll(
            Set.of("dev.mops.model", "dev.mops.check", "dev.mops.metrics", "dev.mops.report")),
        packages::toString);
    assertTrue(api.contains(Plan.Builder.class) && api.contains(Finding.class), api::toString);
    assertFalse(api.contains(NullContractTest.class));
    assertTrue(api.size() > 100, () -> api.size() + " classes");
  }

  @TestFactory
  Stream<DynamicTest> staticMethodsAndConstructorsRefuseNull() throws IOException {
    NullPointerTester tester = tester();
    return PublicApi.classes(Plan.class.getModule()).stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getName(),
                    () -> {
                      tester.testAllPublicStaticMethods(c);
                      tester.testAllPublicConstructors(c);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> instanceMethodsRefuseNull() throws IOException {
    NullPointerTester tester = tester();
    List<Object> instances = new ArrayList<>(samples().values());
    instances.addAll(moreInstances());
    for (Class<?> c : PublicApi.classes(Plan.class.getModule())) {
      builderOf(c).ifPresent(instances::add);
      ofPlan(c).ifPresent(instances::add);
    }
    return instances.stream()
        .filter(i -> i.getClass().getModule() == Plan.class.getModule())
        .distinct()
        .map(
            i ->
                DynamicTest.dynamicTest(
                    i.getClass().getName(), () -> tester.testAllPublicInstanceMethods(i)));
  }

  /** What a public static {@code of(Plan)} of {@code c} makes of the seed plan, if it has one. */
  private static java.util.Optional<Object> ofPlan(Class<?> c) {
    try {
      Method m = c.getMethod("of", Plan.class);
      return Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == c
          ? java.util.Optional.of(m.invoke(null, PLAN))
          : java.util.Optional.empty();
    } catch (NoSuchMethodException e) {
      return java.util.Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("cannot call the factory", e);
    }
  }

  private static java.util.Optional<Object> builderOf(Class<?> c) {
    try {
      Method m = c.getMethod("builder");
      return Modifier.isStatic(m.getModifiers())
          ? java.util.Optional.of(m.invoke(null))
          : java.util.Optional.empty();
    } catch (NoSuchMethodException e) {
      return java.util.Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("cannot call the factory", e);
    }
  }
}
