package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A part of an instrument: a group of items of one kind.
 *
 * @param id the section's id, unique within the instrument
 * @param kind whether its items add to the risk score or are protective factors
 * @param label localized text (language tag → text), possibly empty
 * @param items the section's items, at least one, in order
 */
@API(status = STABLE, since = "0.1")
public record Section(String id, SectionKind kind, Map<String, String> label, List<Item> items) {
  /** Validates the section. */
  public Section {
    checkNotNull(id, "id must not be null");
    checkNotNull(kind, "kind of section %s must not be null", id);
    label = ImmutableMap.copyOf(label);
    items = ImmutableList.copyOf(items);
    checkArgument(!items.isEmpty(), "section %s must have at least one item", id);
  }

  /**
   * The label in {@code language}, else in English, else any label, else the id.
   *
   * @param language a language tag such as {@code nl}
   * @return the text to show
   */
  public String label(String language) {
    if (label.containsKey(language)) {
      return label.get(language);
    }
    return label.getOrDefault("en", label.values().stream().findFirst().orElse(id));
  }
}
