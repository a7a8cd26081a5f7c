package dev.mops.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanElement} is sealed: it permits exactly the value types of the element kinds, in the
 * kinds' order, and each of those permits only its generated, final implementation.
 */
class SealedHierarchyTest {

  @Test
  void planElementPermitsExactlyTheTypesOfTheKindsInTheirOrder() {
    assertTrue(PlanElement.class.isSealed());
    List<Class<?>> kinds =
        java.util.Arrays.stream(ElementKind.values()).<Class<?>>map(ElementKind::type).toList();
    assertEquals(kinds, List.of(PlanElement.class.getPermittedSubclasses()));
  }

  @Test
  void eachTypeIsSealedToItsGeneratedImplementation() {
    for (Class<?> type : PlanElement.class.getPermittedSubclasses()) {
      assertTrue(type.isSealed(), type::getName);
      assertTrue(
          Modifier.isAbstract(type.getModifiers()) && Modifier.isPublic(type.getModifiers()),
          type::getName);
      Class<?>[] permitted = type.getPermittedSubclasses();
      assertEquals(1, permitted.length, type::getName);
      Class<?> impl = permitted[0];
      assertEquals("Immutable" + type.getSimpleName(), impl.getSimpleName());
      assertTrue(Modifier.isFinal(impl.getModifiers()), impl::getName);
      assertFalse(Modifier.isPublic(impl.getModifiers()), impl::getName);
    }
  }

  @Test
  void everyElementOfAPlanIsOfAPermittedType() {
    List<Class<?>> permitted = List.of(PlanElement.class.getPermittedSubclasses());
    Plan plan = PublicViewTest.everything();
    assertTrue(permitted.contains(plan.getClass().getSuperclass()));
    for (PlanElement e : plan.elements()) {
      assertEquals(e.elementKind().type(), e.getClass().getSuperclass(), e::id);
      assertTrue(permitted.contains(e.getClass().getSuperclass()), e::id);
    }
  }
}
