package org.grid.testkit.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * Holds for a class that depends on a domain module later in the order than its own (for example grid-core on
 * grid-escalation); used with {@code noClasses().should(...)}.
 */
final class HigherModuleDependency extends ArchCondition<JavaClass> {

  private final String root;
  private final List<String> modules;

  HigherModuleDependency(String root, List<String> modules) {
    super("depend on a domain module later in the order " + modules);
    this.root = root;
    this.modules = modules;
  }

  @Override
  public void check(JavaClass item, ConditionEvents events) {
    int own = rank(item.getPackageName());
    for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
      int target = rank(dependency.getTargetClass().getPackageName());
      events.add(new SimpleConditionEvent(item, own >= 0 && target > own, dependency.getDescription()));
    }
  }

  private int rank(String packageName) {
    for (int i = 0; i < modules.size(); i++) {
      String module = root + "." + modules.get(i);
      if (packageName.equals(module) || packageName.startsWith(module + ".")) {
        return i;
      }
    }
    return -1;
  }
}
