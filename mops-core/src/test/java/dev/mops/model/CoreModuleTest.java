package dev.mops.model;

import static java.util.stream.Collectors.toMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code dev.mops.core} module reads no Jackson and needs nothing at run time but the JDK: its
 * only other modules, the Immutables and JSpecify annotations, are compile-time ({@code static}).
 */
class CoreModuleTest {

  @Test
  void moduleDescriptorRequiresOnlyJavaBaseAndStaticAnnotations() {
    Module core = Plan.class.getModule();
    Assumptions.assumeTrue(
        core.isNamed(), "tests run on the class path; the module descriptor is not loaded");
    assertEquals("dev.mops.core", core.getName());
    Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires =
        core.getDescriptor().requires().stream()
            .collect(toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
    assertEquals(
        Set.of("java.base", "org.immutables.value.annotations", "org.jspecify"), requires.keySet());
    for (String annotations : List.of("org.immutables.value.annotations", "org.jspecify")) {
      assertTrue(
          requires
              .getOrDefault(annotations, Set.of())
              .contains(ModuleDescriptor.Requires.Modifier.STATIC),
          requires::toString);
    }
    Set<String> exported =
        core.getDescriptor().exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(java.util.stream.Collectors.toSet());
    assertTrue(exported.contains("dev.mops.model"), exported::toString);
    assertTrue(
        Set.of("dev.mops.model", "dev.mops.check", "dev.mops.metrics", "dev.mops.report")
            .containsAll(exported),
        () -> "only API packages are exported, got " + exported);
    assertTrue(!exported.contains("dev.mops.core.internal"), exported::toString);
    // the internal helpers are shared with the mops JSON and CSV modules only
    core.getDescriptor().exports().stream()
        .filter(ModuleDescriptor.Exports::isQualified)
        .forEach(
            e -> assertEquals(Set.of("dev.mops.json", "dev.mops.csv"), e.targets(), e::toString));
  }

  @Test
  void noJacksonModuleIsInTheBootLayer() {
    for (String name :
        new String[] {
          "tools.jackson.databind",
          "tools.jackson.core",
          "com.fasterxml.jackson.databind",
          "com.fasterxml.jackson.core"
        }) {
      assertTrue(ModuleLayer.boot().findModule(name).isEmpty(), name);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tools.jackson.databind.ObjectMapper",
        "tools.jackson.core.JsonParser",
        "com.fasterxml.jackson.databind.ObjectMapper",
        "com.fasterxml.jackson.core.JsonParser"
      })
  void jacksonIsNotLoadableFromTheTestClassPath(String className) {
    assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName(className, false, ClassLoader.getSystemClassLoader()));
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName(className, false, CoreModuleTest.class.getClassLoader()));
  }

  @Test
  void guavaIsLoadableSoTheClassPathCheckCanTellTheDifference() throws ClassNotFoundException {
    assertEquals(
        "com.google.common.collect.ImmutableList",
        Class.forName("com.google.common.collect.ImmutableList").getName());
  }
}
