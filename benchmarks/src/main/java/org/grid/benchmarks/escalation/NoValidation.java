package org.grid.benchmarks.escalation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.Set;

/** A validator that finds nothing, to measure the engine without the cost of bean validation. */
final class NoValidation implements Validator {

  @Override
  public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
    return Set.of();
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
    return Set.of();
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateValue(
      Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
    return Set.of();
  }

  @Override
  public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
    throw new UnsupportedOperationException("getConstraintsForClass");
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw new UnsupportedOperationException("unwrap");
  }

  @Override
  public ExecutableValidator forExecutables() {
    throw new UnsupportedOperationException("forExecutables");
  }
}
