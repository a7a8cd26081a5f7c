package dev.mops.testing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Modifier;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a named module: every public class, nested ones included, of the packages it
 * exports to everyone. The subject of contract tests that must cover a whole API, such as Guava's
 * {@code NullPointerTester} over every public method:
 *
 * <pre>{@code
 * for (Class<?> c : PublicApi.classes(Plan.class.getModule())) {
 *   tester.testAllPublicStaticMethods(c);
 * }
 * }</pre>
 *
 * <p>A class counts when it and every class enclosing it are public, and it is neither anonymous
 * nor synthetic. Test classes patched into the module (loaded from a {@code test-classes}
 * directory) do not count.
 *
 * @since 0.1
 */
public final class PublicApi {
  private PublicApi() {}

  /**
   * The public classes of the unqualified exports of {@code module}, sorted by name.
   *
   * @throws NullPointerException if {@code module} is null
   * @throws IllegalArgumentException if {@code module} is unnamed (the code runs on the class path)
   * @throws UncheckedIOException if the module's content cannot be listed
   */
  public static List<Class<?>> classes(Module module) {
    requireNonNull(module, "module");
    if (!module.isNamed() || module.getLayer() == null) {
      throw new IllegalArgumentException(
          "not a named module in a layer: " + module + " (run on the module path)");
    }
    Set<String> exported =
        module.getDescriptor().exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    ResolvedModule resolved =
        module.getLayer().configuration().findModule(module.getName()).orElseThrow();
    List<String> names;
    try (ModuleReader reader = resolved.reference().open();
        Stream<String> list = reader.list()) {
      names =
          list.filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list module " + module.getName(), e);
    }
    List<Class<?>> out = new ArrayList<>();
    for (String name : names) {
      String binary = name.substring(0, name.length() - ".class".length()).replace('/', '.');
      int dot = binary.lastIndexOf('.');
      if (dot < 0 || !exported.contains(binary.substring(0, dot))) {
        continue;
      }
      Class<?> c;
      try {
        c = Class.forName(binary, false, module.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("listed but not loadable: " + binary, e);
      }
      if (isApi(c) && !isTestClass(c)) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  private static boolean isApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTestClass(Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    return source != null && source.getLocation().toString().contains("test-classes");
  }
}
