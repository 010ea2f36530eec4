package be.ifg.rti;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A rule that, when it fires, lifts the band to at least its {@code minBand}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Rule
    permits Rule.AnyCritical, Rule.CountInSection, Rule.KOfN, Rule.EventsInWindow {

  /** The rule's id, unique within the instrument. */
  String id();

  /** The band the rule lifts to when it fires. */
  String minBand();

  /**
   * Fires when any critical item is answered YES (or, for other types, contributes points).
   *
   * @param id the rule's id
   * @param minBand the band it lifts to
   */
  record AnyCritical(String id, String minBand) implements Rule {
    /** Validates the rule. */
    public AnyCritical {
      checkNotNull(id, "id must not be null");
      checkNotNull(minBand, "minBand of rule %s must not be null", id);
    }
  }

  /**
   * Fires when at least {@code atLeast} items of a section are answered exactly {@code answer}.
   *
   * @param id the rule's id
   * @param section the section's id
   * @param answer the answer to count, as text (e.g. {@code red}, {@code YES})
   * @param atLeast how many such answers fire the rule, at least 1
   * @param minBand the band it lifts to
   */
  record CountInSection(String id, String section, String answer, int atLeast, String minBand)
      implements Rule {
    /** Validates the rule. */
    public CountInSection {
      checkNotNull(id, "id must not be null");
      checkNotNull(section, "section of rule %s must not be null", id);
      checkNotNull(answer, "answer of rule %s must not be null", id);
      checkArgument(atLeast >= 1, "atLeast of rule %s must be >= 1: %s", id, atLeast);
      checkNotNull(minBand, "minBand of rule %s must not be null", id);
    }
  }

  /**
   * Fires when at least {@code atLeast} of the listed items are answered YES (or contribute
   * points).
   *
   * @param id the rule's id
   * @param items the items' ids, at least one
   * @param atLeast how many of them fire the rule, at least 1
   * @param minBand the band it lifts to
   */
  record KOfN(String id, List<String> items, int atLeast, String minBand) implements Rule {
    /** Validates the rule. */
    public KOfN {
      checkNotNull(id, "id must not be null");
      items = ImmutableList.copyOf(items);
      checkArgument(!items.isEmpty(), "items of rule %s must not be empty", id);
      checkArgument(atLeast >= 1, "atLeast of rule %s must be >= 1: %s", id, atLeast);
      checkNotNull(minBand, "minBand of rule %s must not be null", id);
    }
  }

  /**
   * Fires when at least {@code atLeast} dates of an EVENTS item fall in (assessedAt − windowDays,
   * assessedAt]. The first such rule naming an item also sets the window its contribution counts.
   *
   * @param id the rule's id
   * @param item the EVENTS item's id
   * @param atLeast how many dates in the window fire the rule, at least 1
   * @param windowDays the window's length in days, at least 1
   * @param minBand the band it lifts to
   */
  record EventsInWindow(String id, String item, int atLeast, int windowDays, String minBand)
      implements Rule {
    /** Validates the rule. */
    public EventsInWindow {
      checkNotNull(id, "id must not be null");
      checkNotNull(item, "item of rule %s must not be null", id);
      checkArgument(atLeast >= 1, "atLeast of rule %s must be >= 1: %s", id, atLeast);
      checkArgument(windowDays >= 1, "windowDays of rule %s must be >= 1: %s", id, windowDays);
      checkNotNull(minBand, "minBand of rule %s must not be null", id);
    }
  }
}
