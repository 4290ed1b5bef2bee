package org.grid.spring.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Wires a part of grid when its switch (grid.enabled, grid.sweep.enabled, ...) is on: on when the property is
 * missing or empty, and read as {@link GridProperties} is bound, so that the condition and the bound value agree
 * ({@code true}, {@code on}, {@code yes}, {@code 1} are on; {@code false}, {@code off}, {@code no}, {@code 0} are off;
 * any case). Any other value stops the application naming the property: Spring's {@code @ConditionalOnProperty}
 * took every value but {@code true} as off, so {@code yes} turned a part off while the binder read it as on (its
 * {@code @ConditionalOnBooleanProperty} compares the text as well).
 *
 * <p><b>Internal, not API.</b> Public only because the REST API's and the Open311 façade's auto-configurations, in
 * packages of their own, read their switches with it; an embedder must not use it. It may change or disappear in
 * any release (docs/api.md lists what is API).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(OnGridSwitchCondition.class)
public @interface ConditionalOnGridSwitch {

  /**
   * The switch's property.
   *
   * @return the full name, for example {@code grid.sweep.enabled}
   */
  String value();
}
