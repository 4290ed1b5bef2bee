package org.grid.core.model.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a component (or field) of the model that holds personal information (个人信息), and says which kind. A type
 * with such a component overrides {@code toString()} so that the value is never printed in clear (a record's default
 * {@code toString()} prints every component); grid's own build proves this for every marked record, and {@link
 * Masking} masks each kind.
 */
@Documented
@Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {

  /**
   * Returns the kind of personal information held.
   *
   * @return the kind
   */
  Kind value();

  /** The kinds of personal information the model holds, each with its masking. */
  enum Kind {
    /** A person's name (姓名); masked by {@link Masking#name(String)}. */
    NAME,
    /** A phone number (电话号码); masked by {@link Masking#phone(String)}. */
    PHONE,
    /** A national ID number (居民身份证号码); masked by {@link Masking#nationalId(String)}. */
    NATIONAL_ID,
    /**
     * Sensitive personal information (敏感个人信息), such as a household's care tags (a petitioner, a
     * minimum-living-allowance household); never printed at all, at most counted.
     */
    SENSITIVE,
    /** Free text that may contain any of the above; masked by {@link Masking#text(String)}. */
    FREE_TEXT
  }
}
