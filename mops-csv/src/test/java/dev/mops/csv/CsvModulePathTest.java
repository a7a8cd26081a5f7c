package dev.mops.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The CSV tests run inside the {@code dev.mops.csv} module, as users on the module path meet it,
 * and the module is what its descriptor promises: it exports {@code dev.mops.csv} only and reads
 * mops-core and nothing of Jackson. PIT, which runs tests on the class path, leaves this class out
 * ({@code *ModulePathTest}).
 */
class CsvModulePathTest {
  @Test
  void runsOnTheModulePath() {
    assertEquals("dev.mops.csv", EmailEventsCsv.class.getModule().getName());
    assertEquals(EmailEventsCsv.class.getModule(), getClass().getModule());
  }

  @Test
  void descriptorExportsTheCsvPackageAndRequiresNoJackson() {
    ModuleDescriptor d = EmailEventsCsv.class.getModule().getDescriptor();
    assertEquals(
        Set.of("dev.mops.csv"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    Set<String> requires =
        d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertEquals(Set.of("java.base", "dev.mops.core", "org.jspecify"), requires);
    assertTrue(
        d.requires().stream()
            .anyMatch(
                r ->
                    r.name().equals("dev.mops.core")
                        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    assertTrue(requires.stream().noneMatch(r -> r.contains("jackson")), requires::toString);
  }

  @Test
  void noJacksonModuleIsInTheLayer() {
    ModuleLayer layer = EmailEventsCsv.class.getModule().getLayer();
    Set<String> names =
        layer.modules().stream()
            .map(Module::getName)
            .filter(n -> n.contains("jackson"))
            .collect(Collectors.toSet());
    assertEquals(Set.of(), names, "mops-csv reaches no Jackson module");
  }
}
