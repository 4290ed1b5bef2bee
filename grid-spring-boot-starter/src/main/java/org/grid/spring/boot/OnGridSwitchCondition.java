package org.grid.spring.boot;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition of {@link ConditionalOnGridSwitch}: the words Spring's binder reads as a boolean, and no others. */
final class OnGridSwitchCondition extends SpringBootCondition {

  /** What the binder reads as true (StringToBooleanConverter), after trimming and in lower case. */
  private static final Set<String> ON = Set.of("true", "on", "yes", "1");

  /** What the binder reads as false. */
  private static final Set<String> OFF = Set.of("false", "off", "no", "0");

  /** The longest value repeated in the message of a refusal. */
  private static final int SHOWN = 40;

  /** Created by Spring. */
  OnGridSwitchCondition() {}

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnGridSwitch.class.getName());
    String property = (String) attributes.get("value");
    ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnGridSwitch.class, property);
    String value = context.getEnvironment().getProperty(property);
    if (value == null || value.isBlank()) {
      return ConditionOutcome.match(message.because("it is not set (on by default)"));
    }
    String word = value.trim().toLowerCase(Locale.ROOT);
    if (ON.contains(word)) {
      return ConditionOutcome.match(message.because("it is " + word));
    }
    if (OFF.contains(word)) {
      return ConditionOutcome.noMatch(message.because("it is " + word));
    }
    String shown = value.length() > SHOWN ? value.substring(0, SHOWN) + "..." : value;
    throw new IllegalArgumentException(property + " must be true or false, was '" + shown + "'");
  }
}
