package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.AssessmentReference;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyRole;
import be.ifg.rti.AssessmentChange;
import be.ifg.rti.Assessments;
import be.ifg.rti.Instruments;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A redacted view of one dossier for one actor and purpose: the only way the library hands dossier
 * content out. Every item in it was decided by the {@link NeedToKnow need-to-know policy}, and
 * every decision and the view itself are in the {@link DisclosureLog disclosure log}.
 *
 * <ul>
 *   <li>{@link Itemized} (purposes SAFETY and PLAN): the items the actor may see, with their
 *       content, and the ordinary items the actor may not see as {@link WithheldItem}s without
 *       content. A {@code VICTIM_LOCATION} item the actor may not see leaves no trace: it is
 *       neither shown nor withheld nor counted.
 *   <li>{@link Aggregated} (purposes EVALUATION and STATISTICS): counts without identities or
 *       content.
 *   <li>{@link Refused}: the actor may not see this dossier at all (not a member of its table nor
 *       its case director, or no pledge): only the header.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public sealed interface DossierView
    permits DossierView.Itemized, DossierView.Aggregated, DossierView.Refused {

  /** Which dossier, its state, for whom, for which purpose, when. */
  ViewHeader header();

  /** The ids of the items whose content the view shows, in the order they were shared. */
  List<ItemId> shownItemIds();

  /** The ids of the rules that decided the view, as the disclosure log records them. */
  List<String> ruleIds();

  /** {@code VIEW} if the view shows anything beyond its header, {@code DENY} if it was refused. */
  String outcome();

  /**
   * An item the view shows with its content, and the rules that permitted it.
   *
   * @param item the item
   * @param rules the rules that permitted it
   */
  record ShownItem(InformationItem item, List<RuleFinding> rules) {
    /** Validates the shown item. */
    public ShownItem {
      checkNotNull(item, "item must not be null");
      rules = ImmutableList.copyOf(checkNotNull(rules, "rules must not be null"));
    }
  }

  /**
   * An ordinary item the actor may not see: that it exists, its category and contributor, and the
   * rules that denied it — never its summary, the parties it is about or its reason.
   *
   * @param id the item's id
   * @param category its category (never {@code VICTIM_LOCATION})
   * @param contributor the partner that contributed it
   * @param rules the rules that denied it
   */
  record WithheldItem(
      ItemId id, InformationCategory category, PartnerId contributor, List<RuleFinding> rules) {
    /**
     * Validates the withheld item.
     *
     * @throws IllegalArgumentException for a victim-location item, which must leave no trace
     */
    public WithheldItem {
      checkNotNull(id, "id must not be null");
      checkNotNull(category, "category must not be null");
      checkArgument(
          category != InformationCategory.VICTIM_LOCATION,
          "a withheld victim-location item must leave no trace: %s",
          id);
      checkNotNull(contributor, "contributor must not be null");
      rules = ImmutableList.copyOf(checkNotNull(rules, "rules must not be null"));
    }
  }

  /**
   * The view for SAFETY and PLAN: the items the actor may see, the ordinary items withheld, and —
   * because the actor may see the dossier at all, and only while the table shares — the informing
   * and consent records of its parties.
   *
   * @param header the header
   * @param shown the items shown with content, in the order shared
   * @param withheld the ordinary items withheld, in the order shared
   * @param informing where informing each party stands on the day of the view, while the table
   *     shares (empty in a registered, declined, closed or withdrawn dossier)
   * @param consents the parties' consents, with their withdrawals, while the table shares ({@link
   *     ConsentLedger#empty} otherwise)
   * @param assessments the table's risk assessments, oldest first, while the table shares (empty in
   *     a declined, closed or withdrawn dossier)
   */
  record Itemized(
      ViewHeader header,
      List<ShownItem> shown,
      List<WithheldItem> withheld,
      List<InformingStatus> informing,
      ConsentLedger consents,
      List<AssessmentReference> assessments)
      implements DossierView {
    /** Validates the view. */
    public Itemized {
      checkNotNull(header, "header must not be null");
      shown = ImmutableList.copyOf(checkNotNull(shown, "shown must not be null"));
      withheld = ImmutableList.copyOf(checkNotNull(withheld, "withheld must not be null"));
      informing = ImmutableList.copyOf(checkNotNull(informing, "informing must not be null"));
      checkNotNull(consents, "consents must not be null");
      assessments = ImmutableList.copyOf(checkNotNull(assessments, "assessments must not be null"));
    }

    /**
     * What changed between the last two risk assessments the view shows: the items whose answers
     * changed, the score's movement and the band's, with bands ordered by the latest assessment's
     * instrument.
     *
     * @param instruments the catalogue that holds the latest assessment's instrument
     * @return the change, or empty with fewer than two assessments or when the catalogue does not
     *     have the instrument
     */
    public Optional<AssessmentChange> latestChange(Instruments instruments) {
      if (assessments.size() < 2) {
        return Optional.empty();
      }
      AssessmentReference previous = assessments.get(assessments.size() - 2);
      AssessmentReference current = assessments.get(assessments.size() - 1);
      return instruments
          .find(current.instrumentId(), current.instrumentVersion())
          .map(i -> Assessments.compare(previous, current, i));
    }

    /** The latest risk assessment the view shows. */
    public Optional<AssessmentReference> latestAssessment() {
      return assessments.isEmpty()
          ? Optional.empty()
          : Optional.of(assessments.get(assessments.size() - 1));
    }

    @Override
    public List<ItemId> shownItemIds() {
      return shown.stream().map(s -> s.item().id()).collect(ImmutableList.toImmutableList());
    }

    /** The ids of the ordinary items withheld. */
    public List<ItemId> withheldItemIds() {
      return withheld.stream().map(WithheldItem::id).collect(ImmutableList.toImmutableList());
    }

    @Override
    public List<String> ruleIds() {
      Set<String> ids = new LinkedHashSet<>();
      for (ShownItem s : shown) {
        for (RuleFinding r : s.rules()) {
          ids.add(r.rule());
        }
      }
      for (WithheldItem w : withheld) {
        for (RuleFinding r : w.rules()) {
          ids.add(r.rule());
        }
      }
      return ImmutableList.copyOf(ids);
    }

    @Override
    public String outcome() {
      return Disclosure.VIEW;
    }
  }

  /**
   * The view for EVALUATION and STATISTICS: counts without identities or content. Victim-location
   * items are never counted.
   *
   * @param header the header
   * @param itemsPerCategory how many items of each category were shared (categories with none are
   *     absent)
   * @param partiesPerRole how many people of each role the client system has
   * @param requests how many information requests were asked
   * @param goals how many goals the current plan has
   * @param rules the rules that permitted the aggregate view
   */
  record Aggregated(
      ViewHeader header,
      Map<InformationCategory, Integer> itemsPerCategory,
      Map<PartyRole, Integer> partiesPerRole,
      int requests,
      int goals,
      List<RuleFinding> rules)
      implements DossierView {
    /**
     * Validates the view.
     *
     * @throws IllegalArgumentException if a count is negative or victim locations are counted
     */
    public Aggregated {
      checkNotNull(header, "header must not be null");
      itemsPerCategory = ImmutableMap.copyOf(itemsPerCategory);
      checkArgument(
          !itemsPerCategory.containsKey(InformationCategory.VICTIM_LOCATION),
          "victim-location items are never counted: %s",
          itemsPerCategory);
      partiesPerRole = ImmutableMap.copyOf(partiesPerRole);
      checkArgument(requests >= 0, "requests must be >= 0: %s", requests);
      checkArgument(goals >= 0, "goals must be >= 0: %s", goals);
      rules = ImmutableList.copyOf(checkNotNull(rules, "rules must not be null"));
    }

    /** How many items were shared, victim locations not counted. */
    public int items() {
      return itemsPerCategory.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public List<ItemId> shownItemIds() {
      return List.of();
    }

    @Override
    public List<String> ruleIds() {
      return rules.stream().map(RuleFinding::rule).collect(ImmutableList.toImmutableList());
    }

    @Override
    public String outcome() {
      return Disclosure.VIEW;
    }
  }

  /**
   * The actor may not see this dossier: only the header and the rules that refused.
   *
   * @param header the header
   * @param rules the rules that refused
   */
  record Refused(ViewHeader header, List<RuleFinding> rules) implements DossierView {
    /**
     * Validates the view.
     *
     * @throws IllegalArgumentException if no rule is named
     */
    public Refused {
      checkNotNull(header, "header must not be null");
      rules = ImmutableList.copyOf(checkNotNull(rules, "rules must not be null"));
      checkArgument(!rules.isEmpty(), "a refused view must name the rules that refused it");
    }

    @Override
    public List<ItemId> shownItemIds() {
      return List.of();
    }

    @Override
    public List<String> ruleIds() {
      return rules.stream().map(RuleFinding::rule).collect(ImmutableList.toImmutableList());
    }

    @Override
    public String outcome() {
      return "DENY";
    }
  }
}
