package dev.mops.json;

import dev.mops.json.internal.Bindings;
import dev.mops.model.MopsVersion;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes mops plan documents and every type of the model: for
 * users who have their own {@code JsonMapper}. Most users want the {@link MopsJson} facade instead.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new MopsModule()).build();
 * Plan plan = mapper.readValue(text, Plan.class);
 * }</pre>
 *
 * <p>The module is found by {@code ServiceLoader} (on the module path through {@code provides}, on
 * the class path through {@code META-INF/services}), so {@code findAndAddModules()} picks it up.
 *
 * <p>Its deserializers read strictly whatever the mapper's settings are: unknown and duplicate
 * properties, wrong types and missing values are errors, reported as {@link MopsJsonException}
 * (which Jackson may wrap when the plan sits inside another value). The number-of-values, string
 * and number limits of the module's {@link ReadLimits} apply; nesting depth, document length and
 * trailing content are the mapper's settings ({@code StreamReadConstraints}, {@code
 * FAIL_ON_TRAILING_TOKENS}).
 *
 * @since 0.1.0
 */
public final class MopsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module with the {@linkplain ReadLimits#defaults() default limits}. */
  public MopsModule() {
    this(ReadLimits.defaults());
  }

  /** A module with the given limits. */
  public MopsModule(ReadLimits limits) {
    super("mops", VersionUtil.parseVersion(MopsVersion.current(), "dev.mops", "mops-json"));
    Bindings.register(this, java.util.Objects.requireNonNull(limits, "limits"));
  }
}
