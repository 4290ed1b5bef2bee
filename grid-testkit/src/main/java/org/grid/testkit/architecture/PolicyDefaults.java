package org.grid.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The condition of {@link GridArchitecture#policiesGiveTheirDefaultsOneWay()}. */
final class PolicyDefaults extends ArchCondition<JavaClass> {

  static final PolicyDefaults DEFAULTS_METHOD_AND_NO_CONSTANT = new PolicyDefaults();

  private PolicyDefaults() {
    super("have a public static defaults() method returning the policy and no public static field of their own type");
  }

  @Override
  public void check(JavaClass policy, ConditionEvents events) {
    boolean hasDefaults = false;
    for (JavaMethod method : policy.getMethods()) {
      if (method.getName().equals("defaults")
          && method.getRawParameterTypes().isEmpty()
          && method.getModifiers().contains(JavaModifier.PUBLIC)
          && method.getModifiers().contains(JavaModifier.STATIC)
          && method.getRawReturnType().equals(policy)) {
        hasDefaults = true;
      }
    }
    if (!hasDefaults) {
      events.add(SimpleConditionEvent.violated(
          policy, policy.getName() + " has no public static defaults() returning " + policy.getSimpleName()));
    }
    for (JavaField field : policy.getFields()) {
      if (field.getRawType().equals(policy)
          && field.getModifiers().contains(JavaModifier.PUBLIC)
          && field.getModifiers().contains(JavaModifier.STATIC)) {
        events.add(SimpleConditionEvent.violated(
            field, policy.getName() + "." + field.getName() + " is a public constant policy; use defaults()"));
      }
    }
  }
}
