package org.grid.escalation.application;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.grid.escalation.port.in.RequestCommand;

/**
 * The digest of a command's content (指令摘要): SHA-256 over an unambiguous encoding of the command's kind and every
 * field but its expected version, nested records included, as 64 hexadecimal digits. Two commands have the same
 * digest exactly when they are the same command (same kind, actor, request and content); a retry decided on a newer
 * version is still the same command.
 */
final class CommandDigest {

  private static final String EXPECTED_VERSION = "expectedVersion";

  private CommandDigest() {}

  /**
   * Returns the digest of a command.
   *
   * @param command the command, valid
   * @return 64 lower-case hexadecimal digits
   */
  static String of(RequestCommand command) {
    Hasher hasher = Hashing.sha256().newHasher();
    put(hasher, command, true);
    return hasher.hash().toString();
  }

  private static void put(Hasher hasher, Object value, boolean top) {
    if (value == null) {
      hasher.putByte((byte) 'n');
    } else if (value instanceof Record record) {
      hasher.putByte((byte) 'r');
      text(hasher, record.getClass().getName());
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (top && component.getName().equals(EXPECTED_VERSION)) {
          continue;
        }
        text(hasher, component.getName());
        put(hasher, read(component, record), false);
      }
      hasher.putByte((byte) ')');
    } else if (value instanceof Enum<?> constant) {
      hasher.putByte((byte) 'e');
      text(hasher, constant.getDeclaringClass().getName() + "." + constant.name());
    } else if (value instanceof Optional<?> optional) {
      hasher.putByte((byte) 'o');
      put(hasher, optional.orElse(null), false);
    } else if (value instanceof Map<?, ?> map) {
      hasher.putByte((byte) 'm').putInt(map.size());
      map.forEach((k, v) -> {
        put(hasher, k, false);
        put(hasher, v, false);
      });
    } else if (value instanceof Collection<?> collection) {
      hasher.putByte((byte) 'c').putInt(collection.size());
      collection.forEach(element -> put(hasher, element, false));
    } else {
      hasher.putByte((byte) 'v');
      text(hasher, value.getClass().getName());
      text(hasher, value.toString());
    }
  }

  private static void text(Hasher hasher, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    hasher.putInt(bytes.length).putBytes(bytes);
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
    }
  }
}
