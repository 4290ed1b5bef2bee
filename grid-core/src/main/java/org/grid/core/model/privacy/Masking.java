package org.grid.core.model.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;

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
 *   <li>free text has every valid national ID number, every mobile phone number and every landline number in it
 *       masked in place.
 * </ul>
 */
public final class Masking {

  /** What a masked character is replaced with. */
  public static final char STAR = '*';

  private static final int MOBILE_LENGTH = 11;
  /** The groups a national ID number is written in: area, birth date, sequence and check character. */
  private static final int[] ID_GROUPS = {6, 8, 4};

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
   * (eleven digits starting {@code 13} to {@code 19}) is masked in place, as {@link #nationalId} and {@link #phone} do,
   * and every landline number as below; the rest of the text is unchanged. A number counts only as a whole run of
   * digits (with a final {@code X} or {@code x} for an ID number, not followed by another ASCII letter or digit):
   * eleven digits inside a longer run are not a phone number; Chinese text may touch a number on either side. A mobile
   * number after the country code, {@code +8613812341234}, {@code 8613812341234} or {@code 008613812341234}, is masked
   * too, and so is one written in groups of 3, 4 and 4 (or 3 and 8, or 7 and 4) digits with one separator between
   * groups ({@code 138 1234 1234}, {@code 138-1234-1234}: a space, an ideographic or no-break space, a hyphen, a
   * full-width hyphen or a dot), whatever follows the last group. An ID number written in groups of 6, 8 and 4 with
   * such separators ({@code 110101 19900307 7774}) is masked as a whole one is. Digits are ASCII or full-width ({@code
   * １３８…}, as Chinese input methods type them; an ID number's {@code X} may be full-width too); a masked digit becomes
   * {@code *}. A landline number keeps its area code and has the first four digits of its local number starred ({@code
   * 0371-12345678} → {@code 0371-****5678}, {@code 010-87654321-123} → {@code 010-****4321-123}): an area code with its
   * {@code 0} ({@code 010}, {@code 02x} or four digits {@code 03xx} to {@code 09xx}) followed by one separator, or in
   * parentheses ({@code (010) 8765 4321}), or {@code +86} or {@code 0086} and the area code without its {@code 0} with
   * a separator after each ({@code +86 10 8765 4321}), then a local number of seven or eight digits, whole or in groups
   * of 3 or 4 and 4; a whole run of 11 or 12 digits that begins with an area code ({@code 01087654321}), or of 12 or 13
   * digits after a {@code +} that begins with {@code 86} and the area code without its {@code 0} ({@code
   * +861087654321}), is one too. An area code right after an ASCII letter is not one, so codes such as {@code
   * T0371-1234567} stay, and so do dates, times and amounts, which begin with no area code. A local number without
   * its area code (seven or eight digits, whole or in groups of 3 or 4 and 4) is masked the same way when a phone
   * label names it: {@code 电话}, {@code 电话号码}, {@code 座机}, {@code 固话}, {@code 手机}, {@code 传真}, {@code 联系方式},
   * {@code tel}, {@code phone} or {@code fax} (any case) right before it, with at most three spaces, colons or dots
   * between ({@code 座机：87654321} → {@code 座机：****4321}). An e-mail address keeps the
   * first character of its local part and its domain ({@code zhangsan@example.com} → {@code z*******@example.com}); the
   * domain must have a dot and end in two letters or more.
   *
   * @param text the text, possibly null
   * @return the masked text, of the same length; null for null
   */
  public static String text(String text) {
    if (text == null) {
      return null;
    }
    char[] out = null;
    int n = text.length();
    int i = 0;
    int groupedId;
    int local;
    int localEnd;
    while (i < n) {
      if (text.charAt(i) == '@') {
        out = maskEmailAt(out, text, i);
        i++;
        continue;
      }
      if (digit(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && digit(text.charAt(i)) >= 0) {
        i++;
      }
      int run = i - start;
      int end = i;
      if (run == NationalIdNumber.LENGTH - 1 && i < n && isX(text.charAt(i))
          && (i + 1 >= n || !isAsciiLetterOrDigit(text.charAt(i + 1)))) {
        end = i + 1;
        run = NationalIdNumber.LENGTH;
      }
      if (run == NationalIdNumber.LENGTH && NationalIdNumber.isValidAt(ascii(text, start, end), 0)) {
        out = star(out, text, start + 4, end - 4);
      } else if (run == MOBILE_LENGTH && isMobile(text, start)) {
        out = star(out, text, start + 3, start + 7);
      } else if (run == MOBILE_LENGTH + 2 && isCountryCode(text, start, 0) && isMobile(text, start + 2)) {
        out = star(out, text, start + 5, start + 9);
      } else if (run == MOBILE_LENGTH + 4 && digit(text.charAt(start)) == 0 && digit(text.charAt(start + 1)) == 0
          && isCountryCode(text, start, 2) && isMobile(text, start + 4)) {
        out = star(out, text, start + 7, start + 11);
      } else if (run == ID_GROUPS[0] && (groupedId = groupedIdEnd(text, start)) > 0) {
        end = groupedId;
        out = starGrouped(out, text, start, end, 4, NationalIdNumber.LENGTH - 4); // as nationalId masks it
      } else if ((run == 3 || run == 7) && isMobile(text, start)) {
        int grouped = groupedMobileEnd(text, start, run);
        if (grouped > 0) {
          out = starGrouped(out, text, start, grouped, 3, 7); // as phone masks it
          end = grouped;
        }
      } else if ((local = landlineLocalStart(text, start, run)) >= 0 && (localEnd = localNumberEnd(text, local)) > 0) {
        out = starGrouped(out, text, local, localEnd, 0, 4); // the area code kept, four digits starred as a mobile's
        end = localEnd;
      } else if ((run == 3 || run == 4 || run == 7 || run == 8) && labelledAsPhone(text, start)
          && (localEnd = localNumberEnd(text, start)) > 0) {
        out = starGrouped(out, text, start, localEnd, 0, 4); // a local number without its area code, as above
        end = localEnd;
      }
      i = end;
    }
    return out == null ? text : new String(out);
  }

  /**
   * Returns {@code text} with every control character (C0, DEL and C1: escape, bell, NUL, line breaks) written as
   * a backslash, {@code u} and four hex digits ({@code \\u001B} for escape), so that a message, a log line or an
   * output quoting input cannot drive the terminal or break a line (and fake the next one).
   *
   * @param text the text, not null
   * @return the text, printable
   */
  public static String controlsEscaped(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Returns a text that came from outside (a message id, a routing key, a header) as it may go into a log line:
   * masked ({@link #text}), its control characters escaped ({@link #controlsEscaped}), and cut to its first
   * {@code max} characters with {@code …} when longer.
   *
   * @param text the text, possibly null
   * @param max the most characters kept, at least 1
   * @return the text for the log; {@code null} for null
   */
  public static String forLog(String text, int max) {
    if (text == null) {
      return null;
    }
    String cut = text.length() > max ? text.substring(0, Math.max(1, max)) + "…" : text;
    return controlsEscaped(text(cut));
  }

  /**
   * Masks the local part of the e-mail address whose {@code @} is at {@code at}, but for its first character, when
   * an address is there: a local part of letters, digits and {@code . _ % + -} before it, a domain of letters, digits,
   * dots and hyphens after it with a dot inside and two letters or more after its last dot. The local part reaches
   * back no further than the previous {@code @}, so the scan stays linear.
   */
  private static char[] maskEmailAt(char[] out, String text, int at) {
    int local = at;
    while (local > 0 && isLocalPart(text.charAt(local - 1))) {
      local--;
    }
    int end = at + 1;
    while (end < text.length() && isDomainPart(text.charAt(end))) {
      end++;
    }
    while (end > at + 1 && text.charAt(end - 1) == '.') { // a sentence's full stop after the address
      end--;
    }
    int lastDot = end - 1;
    while (lastDot > at && text.charAt(lastDot) != '.') {
      lastDot--;
    }
    boolean domain = lastDot > at + 1 && end - lastDot - 1 >= 2 && isLetters(text, lastDot + 1, end);
    if (local == at || !domain) {
      return out;
    }
    return at - local == 1 ? star(out, text, local, at) : star(out, text, local + 1, at);
  }

  private static boolean isLocalPart(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-');
  }

  private static boolean isDomainPart(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
  }

  private static boolean isLetters(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the end of a mobile number written in groups from {@code start}, whose first group has {@code first}
   * digits (3 or 7), or -1: the groups 3-4-4, 3-8 or 7-4, one separator between each two. A group that follows is
   * not looked at: a number is masked even when more digits come after it.
   */
  private static int groupedMobileEnd(String text, int start, int first) {
    int n = text.length();
    int at = start + first;
    int digits = first;
    int groups = 1;
    int[] lengths = new int[3];
    lengths[0] = first;
    while (digits < MOBILE_LENGTH && groups < 3 && at + 1 < n && isSeparator(text.charAt(at))
        && digit(text.charAt(at + 1)) >= 0) {
      int k = at + 1;
      while (k < n && digit(text.charAt(k)) >= 0) {
        k++;
      }
      lengths[groups++] = k - at - 1;
      digits += k - at - 1;
      at = k;
    }
    boolean shaped = groups == 3 ? lengths[0] == 3 && lengths[1] == 4 && lengths[2] == 4
        : groups == 2 && (lengths[0] == 3 && lengths[1] == 8 || lengths[0] == 7 && lengths[1] == 4);
    return shaped && digits == MOBILE_LENGTH ? at : -1;
  }

  /**
   * Returns where the local number of a landline begins when the run of digits {@code [start, start + run)} begins
   * one, or -1: an area code with its {@code 0} ({@code 010}, {@code 020} to {@code 029}, or four digits {@code 03xx}
   * to {@code 09xx}) as a whole run followed by one separator, or in parentheses ({@code (010)}, full-width too)
   * followed by at most one; {@code +86} or {@code 0086}, one separator, the area code without its {@code 0} and one
   * separator; or a whole run of 11 or 12 digits that begins with an area code, or of 12 or 13 after a {@code +} that
   * begins with {@code 86} and an area code without its {@code 0}. A run right after an ASCII letter (a
   * code such as {@code T0371}) or a star (what is left of a masked number) begins none. Whether the local number
   * that follows is one is for {@link #localNumberEnd} to say.
   */
  private static int landlineLocalStart(String text, int start, int run) {
    int n = text.length();
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    if (isAsciiLetterOrDigit(before) || before == STAR) {
      return -1;
    }
    if (run == MOBILE_LENGTH || run == MOBILE_LENGTH + 1) {
      int area = areaCode(text, start, true);
      if (area > 0) {
        return start + area;
      }
    }
    boolean plus = before == '+' || before == '\uFF0B';
    if ((run == MOBILE_LENGTH + 1 || run == MOBILE_LENGTH + 2) && plus && isCountryCode(text, start, 0)) {
      int area = areaCode(text, start + 2, false);
      return area > 0 ? start + 2 + area : -1;
    }
    boolean country = run == 2 ? plus && isCountryCode(text, start, 0)
        : run == 4 && digit(text.charAt(start)) == 0 && digit(text.charAt(start + 1)) == 0
            && isCountryCode(text, start, 2);
    if (country) {
      int at = start + run;
      if (at + 1 >= n || !isSeparator(text.charAt(at))) {
        return -1;
      }
      int area = areaCode(text, at + 1, false);
      int after = at + 1 + area;
      boolean whole = area > 0 && (after >= n || digit(text.charAt(after)) < 0);
      return whole && after + 1 < n && isSeparator(text.charAt(after)) ? after + 1 : -1;
    }
    if ((run != 3 && run != 4) || areaCode(text, start, true) != run) {
      return -1;
    }
    int at = start + run;
    if (before == '(' || before == '\uFF08') {
      if (at >= n || text.charAt(at) != ')' && text.charAt(at) != '\uFF09') {
        return -1;
      }
      at++;
      return at < n && isSeparator(text.charAt(at)) ? at + 1 : at;
    }
    return at < n && isSeparator(text.charAt(at)) ? at + 1 : -1;
  }

  /**
   * Returns the length of the area code at {@code at}, or -1: {@code 10} or {@code 2x} (two digits) or three digits
   * beginning {@code 3} to {@code 9}, after a {@code 0} when {@code withZero}, which the length then counts.
   */
  private static int areaCode(String text, int at, boolean withZero) {
    int n = text.length();
    int k = at;
    if (withZero) {
      if (k >= n || digit(text.charAt(k)) != 0) {
        return -1;
      }
      k++;
    }
    if (k + 1 >= n) {
      return -1;
    }
    int first = digit(text.charAt(k));
    int second = digit(text.charAt(k + 1));
    if (first == 1 && second == 0 || first == 2 && second >= 0) {
      return k + 2 - at;
    }
    if (first >= 3 && second >= 0 && k + 2 < n && digit(text.charAt(k + 2)) >= 0) {
      return k + 3 - at;
    }
    return -1;
  }

  /** What names a phone number just before it, lower case: a local number after one of these is masked. */
  private static final List<String> PHONE_LABELS =
      List.of("电话", "电话号码", "座机", "固话", "手机", "传真", "联系方式", "tel", "phone", "fax");

  /**
   * Tells whether a phone label ({@link #PHONE_LABELS}) ends just before {@code start}, with at most three spaces,
   * colons or dots between: a local number of seven or eight digits is a phone number there ({@code 电话：87654321},
   * {@code Tel. 8765 4321}), where elsewhere it may be an amount or an id. A Latin label right after an ASCII letter
   * is part of a longer word ({@code hotel}) and names nothing.
   */
  private static boolean labelledAsPhone(String text, int start) {
    int k = start;
    while (k > 0 && start - k < 3 && isLabelSeparator(text.charAt(k - 1))) {
      k--;
    }
    for (String label : PHONE_LABELS) {
      int from = k - label.length();
      if (from >= 0 && text.regionMatches(true, from, label, 0, label.length())
          && (from == 0 || !isAsciiLetterOrDigit(text.charAt(from - 1)) || !isAsciiLetterOrDigit(label.charAt(0)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLabelSeparator(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00A0' || c == ':' || c == '\uFF1A' || c == '.';
  }

  /**
   * Returns the end of the local number of a landline at {@code at}, or -1: seven or eight digits, as one run or in
   * groups of 3 and 4 or 4 and 4 with one separator between them. What follows (an extension) is not looked at.
   */
  private static int localNumberEnd(String text, int at) {
    int n = text.length();
    int k = at;
    while (k < n && digit(text.charAt(k)) >= 0) {
      k++;
    }
    int first = k - at;
    if (first == 7 || first == 8) {
      return k;
    }
    if ((first == 3 || first == 4) && k + 1 < n && isSeparator(text.charAt(k)) && digit(text.charAt(k + 1)) >= 0) {
      int m = k + 1;
      while (m < n && digit(text.charAt(m)) >= 0) {
        m++;
      }
      return m - k - 1 == 4 ? m : -1;
    }
    return -1;
  }

  /** Tells whether the digits at {@code start + offset} are 8 and 6: China's country code. */
  private static boolean isCountryCode(String text, int start, int offset) {
    return digit(text.charAt(start + offset)) == 8 && digit(text.charAt(start + offset + 1)) == 6;
  }

  /**
   * Returns the end of a national ID number written in groups of 6, 8 and 4 characters from {@code start} (the area,
   * the birth date, the sequence and check character), one separator between each two, or -1 when none is there or
   * it is not valid ({@link NationalIdNumber#isValid}). The last group is three digits and an {@code X} or four
   * digits, not followed by another ASCII letter or digit.
   */
  private static int groupedIdEnd(String text, int start) {
    int n = text.length();
    char[] id = new char[NationalIdNumber.LENGTH];
    int filled = 0;
    int at = start;
    for (int g = 0; g < ID_GROUPS.length; g++) {
      if (g > 0) {
        if (at >= n || !isSeparator(text.charAt(at))) {
          return -1;
        }
        at++;
      }
      for (int k = 0; k < ID_GROUPS[g]; k++, at++) {
        boolean check = g == ID_GROUPS.length - 1 && k == ID_GROUPS[g] - 1;
        if (at >= n) {
          return -1;
        }
        char c = text.charAt(at);
        int d = digit(c);
        if (d < 0 && !(check && isX(c))) {
          return -1;
        }
        id[filled++] = d >= 0 ? (char) ('0' + d) : 'X';
      }
    }
    if (at < n && (isAsciiLetterOrDigit(text.charAt(at)) || digit(text.charAt(at)) >= 0)) {
      return -1;
    }
    return NationalIdNumber.isValidAt(java.nio.CharBuffer.wrap(id), 0) ? at : -1;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '\u00A0' || c == '\u3000' || c == '\uFF0D';
  }

  /**
   * Stars the characters {@code from} to {@code to - 1} of the number written in groups at {@code [start, end)},
   * counted without its separators, wherever the separators put them.
   */
  private static char[] starGrouped(char[] out, String text, int start, int end, int from, int to) {
    int seen = 0;
    for (int k = start; k < end; k++) {
      if (!isSeparator(text.charAt(k))) {
        if (seen >= from && seen < to) {
          out = star(out, text, k, k + 1);
        }
        seen++;
      }
    }
    return out;
  }

  /** A copy of the text to mask into (made on the first masking), with {@code [from, to)} starred. */
  private static char[] star(char[] out, String text, int from, int to) {
    char[] into = out == null ? text.toCharArray() : out;
    java.util.Arrays.fill(into, from, to, STAR);
    return into;
  }

  /** The number {@code [start, end)} in ASCII: full-width digits and X as their ASCII forms. */
  private static CharSequence ascii(String text, int start, int end) {
    char[] chars = new char[end - start];
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      int d = digit(c);
      chars[k - start] = d >= 0 ? (char) ('0' + d) : c == '\uFF38' ? 'X' : c == '\uFF58' ? 'x' : c;
    }
    return java.nio.CharBuffer.wrap(chars);
  }

  private static boolean isMobile(CharSequence text, int start) {
    int second = digit(text.charAt(start + 1));
    return digit(text.charAt(start)) == 1 && second >= 3 && second <= 9;
  }

  /** The value of an ASCII or full-width digit, or -1. */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= '\uFF10' && c <= '\uFF19' ? c - '\uFF10' : -1;
  }

  private static boolean isX(char c) {
    return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
