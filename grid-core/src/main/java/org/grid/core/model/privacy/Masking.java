package org.grid.core.model.privacy;

import static java.util.Objects.requireNonNull;

/**
 * Masking (脱敏) of personal information for display and logs: what the model's {@code toString()} and exception
 * messages show instead of the clear value. Every method takes time linear in the length of its text (no regular
 * expressions) and returns text of no more code points than it was given.
 *
 * <ul>
 *   <li>a name of Chinese characters keeps its first and last character and stars the middle ({@code 王小明} →
 *       {@code 王*明}), a two-character name keeps its first ({@code 王明} → {@code 王*}), one character is {@code *};
 *       any other name (a Latin one, say) keeps its first letter followed by {@code ***}, whatever its length;
 *   <li>a phone number keeps its first three and last four digits and stars the others ({@code 13812341234} →
 *       {@code 138****1234}), separators left where they are; one of seven digits or fewer is starred whole;
 *   <li>a national ID number keeps its first four and last four characters ({@code 110101199003077777} → {@code
 *       1101**********7777});
 *   <li>free text has every valid national ID number and every mobile phone number in it masked in place.
 * </ul>
 */
public final class Masking {

  /** What a masked character is replaced with. */
  public static final char STAR = '*';

  private static final int MOBILE_LENGTH = 11;

  private Masking() {}

  /**
   * Masks a person's name.
   *
   * @param name the name, not null
   * @return the masked name; empty for an empty name
   * @throws NullPointerException if {@code name} is null
   */
  public static String name(String name) {
    requireNonNull(name, "name");
    String stripped = name.strip();
    int count = stripped.codePointCount(0, stripped.length());
    if (count == 0) {
      return "";
    }
    int first = stripped.codePointAt(0);
    if (count == 1) {
      return String.valueOf(STAR);
    }
    StringBuilder out = new StringBuilder().appendCodePoint(first);
    if (Character.UnicodeScript.of(first) != Character.UnicodeScript.HAN) {
      return out.append("***").toString();
    }
    if (count == 2) {
      return out.append(STAR).toString();
    }
    out.append(String.valueOf(STAR).repeat(count - 2));
    return out.appendCodePoint(stripped.codePointBefore(stripped.length())).toString();
  }

  /**
   * Masks a phone number: the first three and the last four digits are kept, every other digit starred, and every
   * other character (a {@code +}, a space, a dash) left as it is. A number of seven digits or fewer has every digit
   * starred.
   *
   * @param phone the number, not null
   * @return the masked number, of the same length
   * @throws NullPointerException if {@code phone} is null
   */
  public static String phone(String phone) {
    requireNonNull(phone, "phone");
    int digits = 0;
    for (int i = 0; i < phone.length(); i++) {
      if (isDigit(phone.charAt(i))) {
        digits++;
      }
    }
    StringBuilder out = new StringBuilder(phone.length());
    int seen = 0;
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (!isDigit(c)) {
        out.append(c);
        continue;
      }
      boolean keep = digits > 7 && (seen < 3 || seen >= digits - 4);
      out.append(keep ? c : STAR);
      seen++;
    }
    return out.toString();
  }

  /**
   * Masks a national ID number (or any id-like text): the first four and the last four characters are kept and the
   * others starred; text of eight characters or fewer is starred whole. Whether the number is valid does not matter.
   *
   * @param number the number, not null
   * @return the masked number, of the same length
   * @throws NullPointerException if {@code number} is null
   */
  public static String nationalId(String number) {
    requireNonNull(number, "number");
    int n = number.length();
    if (n <= 8) {
      return String.valueOf(STAR).repeat(n);
    }
    return number.substring(0, 4) + String.valueOf(STAR).repeat(n - 8) + number.substring(n - 4);
  }

  /**
   * Masks free text: every valid national ID number ({@link NationalIdNumber#isValid}) and every mobile phone number
   * (eleven digits starting {@code 13} to {@code 19}) is masked in place, as {@link #nationalId} and {@link #phone}
   * do; the rest of the text is unchanged. A number counts only as a whole run of ASCII digits (with a final {@code
   * X} or {@code x} for an ID number): eleven digits inside a longer run are not a phone number. A mobile number
   * after the country code, {@code +8613812341234}, is masked too.
   *
   * @param text the text, possibly null
   * @return the masked text, of the same length; null for null
   */
  public static String text(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      int run = i - start;
      int end = i;
      if (run == NationalIdNumber.LENGTH - 1 && i < n && (text.charAt(i) == 'X' || text.charAt(i) == 'x')
          && (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
        end = i + 1;
        run = NationalIdNumber.LENGTH;
      }
      String masked = null;
      if (run == NationalIdNumber.LENGTH && NationalIdNumber.isValidAt(text, start)) {
        masked = nationalId(text.substring(start, end));
      } else if (run == MOBILE_LENGTH && isMobile(text, start)) {
        masked = phone(text.substring(start, end));
      } else if (run == MOBILE_LENGTH + 2 && start > 0 && text.charAt(start - 1) == '+'
          && text.charAt(start) == '8' && text.charAt(start + 1) == '6' && isMobile(text, start + 2)) {
        masked = "86" + phone(text.substring(start + 2, end));
      }
      if (masked != null) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, start).append(masked);
        copied = end;
      }
      i = end;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  private static boolean isMobile(CharSequence text, int start) {
    char second = text.charAt(start + 1);
    return text.charAt(start) == '1' && second >= '3' && second <= '9';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
