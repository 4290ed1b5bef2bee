package org.grid.adapters.json.team;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.grid.adapters.json.JsonInput;
import org.grid.adapters.json.JsonReader;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.PersonId;

/**
 * Reads the {@code phone} of each person from a roster file (the roster format of {@code docs/teams.md}), for the
 * one use that needs it: the household's contact and supervision cards (联系卡、监督卡), which print the team's phone
 * numbers in full. Phone numbers are personal data and not part of the domain model, so they come as a map beside the
 * {@link org.grid.core.model.team.Roster} that {@link RosterJsonReader} reads from the same file.
 *
 * <p>Only {@code township}, {@code people[].id} and {@code people[].phone} are read here; the other fields are
 * {@link RosterJsonReader}'s to check. A phone must be 3 to 20 characters of digits, spaces, {@code +}, {@code -},
 * and parentheses, with at least 3 digits; a problem names the person and the path, never the number. Immutable and
 * thread-safe.
 */
public final class RosterPhonesJsonReader implements JsonReader<ImmutableMap<PersonId, String>> {

  private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,20}");
  private static final Set<String> ROOT = Set.of("township", "people");

  private final TownshipId township;

  private RosterPhonesJsonReader(TownshipId township) {
    this.township = requireNonNull(township, "township");
  }

  /**
   * Returns a reader for the rosters of a township.
   *
   * @param township the township's id, not null
   * @return the reader
   * @throws NullPointerException if {@code township} is null
   */
  public static RosterPhonesJsonReader create(TownshipId township) {
    return new RosterPhonesJsonReader(township);
  }

  @Override
  public ImmutableMap<PersonId, String> read(InputStream in, String source) {
    return JsonInput.read(in, source, this::phones);
  }

  private ImmutableMap<PersonId, String> phones(JsonInput in, JsonNode root) {
    in.root(root, ROOT);
    in.township(root, township.value());
    Map<PersonId, String> phones = new LinkedHashMap<>();
    JsonNode array = in.array(root, "people", "$", true);
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        String path = "$.people[" + i + "]";
        JsonNode node = array.get(i);
        if (in.object(node, path) == null || !node.hasNonNull("phone")) {
          continue;
        }
        PersonId id = in.id(node, "id", path, PersonId::of);
        JsonNode value = node.get("phone");
        if (!value.isTextual()) {
          // Not described as other wrong types are: a landline given as a number is no mobile that masking catches.
          in.problem(path + ".phone", "the phone of person " + (id == null ? "at " + path : id)
              + " must be a string (not quoted here)");
          continue;
        }
        String phone = value.textValue();
        if (id == null) {
          continue;
        }
        if (!isPhone(phone)) {
          in.problem(path + ".phone", "the phone of person " + id
              + " must be 3 to 20 digits, spaces, +, - or parentheses, with at least 3 digits (not quoted here)");
        } else if (phones.putIfAbsent(id, phone.strip()) != null) {
          in.problem(path + ".id", "person " + id + " is listed twice");
        }
      }
    }
    in.throwIfProblems();
    return ImmutableMap.copyOf(phones);
  }

  private static boolean isPhone(String text) {
    return PHONE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 3;
  }
}
