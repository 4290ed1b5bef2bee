package org.grid.testkit.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.grid.core.model.privacy.PersonalData;

/**
 * The predicate and condition of {@link GridArchitecture#personalDataIsNeverPrintedByDefault()}: a type with a
 * field (a record's component is one) marked {@link PersonalData} writes its own {@code toString()}.
 *
 * <p>A record always has a {@code toString()} method in its class file; the one the compiler generates has no code
 * but an {@code invokedynamic} to {@code java.lang.runtime.ObjectMethods}, so it calls, reads and constructs
 * nothing ArchUnit records. A written one that masks calls something (the masking, a {@code StringBuilder}, a
 * concatenation), so "declares {@code toString()} and it accesses something" tells the two apart. A written {@code
 * toString()} returning a constant is reported too; let it call {@code Masking} or count something.
 */
final class MaskedToString extends ArchCondition<JavaClass> {

  static final DescribedPredicate<JavaClass> HOLDS_PERSONAL_DATA = DescribedPredicate.describe(
      "hold personal data (a field or record component marked @PersonalData)",
      type -> type.getFields().stream().anyMatch(field -> field.isAnnotatedWith(PersonalData.class)));

  static final MaskedToString WRITES_ITS_OWN = new MaskedToString();

  private MaskedToString() {
    super("write their own toString(), not the record default that prints every component");
  }

  @Override
  public void check(JavaClass type, ConditionEvents events) {
    Optional<JavaMethod> toString = type.getMethods().stream()
        .filter(method -> method.getName().equals("toString") && method.getRawParameterTypes().isEmpty())
        .findFirst();
    boolean written = toString.isPresent() && !toString.get().getAccessesFromSelf().isEmpty();
    if (!written) {
      events.add(SimpleConditionEvent.violated(type, type.getName()
          + " holds personal data but prints it with the default toString(); write one that masks it"));
    }
  }
}
