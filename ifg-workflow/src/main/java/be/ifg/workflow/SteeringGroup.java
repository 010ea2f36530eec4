package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.ProfessionalId;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A steering group (stuurgroep): the people who oversee one or several case tables that share a
 * store, and read their figures and policy signals — never anything of a dossier. The application
 * configures it, as it configures a {@link be.ifg.domain.CaseTable}.
 *
 * <p>A table's decline reasons are free text, which the steering group never sees: the group names
 * categories instead, each with the words that put a decline in it ({@code declineCategories}, in
 * order: the first category with a word the reason contains, ignoring case, wins; a reason with
 * none of the words counts as {@link #OTHER}). Immutable and thread-safe.
 *
 * @param name the group's name
 * @param readers who may read its reports and signals
 * @param regions the regions of the tables it oversees
 * @param declineCategories for each category of decline, the words that put a reason in it
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record SteeringGroup(
    String name,
    Set<ProfessionalId> readers,
    Set<String> regions,
    Map<String, List<String>> declineCategories) {
  /** The category of a decline whose reason names none of the configured words. */
  public static final String OTHER = "other";

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]*");

  /**
   * Validates the group.
   *
   * @throws IllegalArgumentException if the name or a region or category is not an id (letters,
   *     digits, {@code . _ : @ -}), there is no reader or no region, or a category is {@link
   *     #OTHER} or has no words
   */
  public SteeringGroup {
    checkArgument(
        name != null && KEY.matcher(name).matches(),
        "a steering group's name must be letters, digits, '.', '_', ':', '@' or '-': '%s'",
        name);
    readers = ImmutableSet.copyOf(checkNotNull(readers, "readers"));
    regions = ImmutableSet.copyOf(checkNotNull(regions, "regions"));
    checkArgument(!readers.isEmpty(), "steering group %s has no reader", name);
    checkArgument(!regions.isEmpty(), "steering group %s oversees no region", name);
    for (String r : regions) {
      checkArgument(KEY.matcher(r).matches(), "steering group %s: not a region: '%s'", name, r);
    }
    ImmutableMap.Builder<String, List<String>> categories = ImmutableMap.builder();
    for (Map.Entry<String, List<String>> e : checkNotNull(declineCategories).entrySet()) {
      String category = e.getKey();
      checkArgument(
          KEY.matcher(category).matches() && !category.equals(OTHER),
          "steering group %s: a decline category must be an id other than '%s': '%s'",
          name,
          OTHER,
          category);
      List<String> words = ImmutableList.copyOf(e.getValue());
      checkArgument(
          !words.isEmpty() && words.stream().noneMatch(String::isBlank),
          "steering group %s: decline category %s needs at least one word, none blank",
          name,
          category);
      categories.put(category, words);
    }
    declineCategories = categories.buildOrThrow();
  }

  /** A group without decline categories: every decline counts as {@link #OTHER}. */
  public static SteeringGroup of(String name, Set<ProfessionalId> readers, Set<String> regions) {
    return new SteeringGroup(name, readers, regions, Map.of());
  }

  /** Whether a professional reads this group's reports. */
  public boolean isReader(ProfessionalId professional) {
    return readers.contains(professional);
  }

  /** Whether the group oversees the table of a region. */
  public boolean oversees(String region) {
    return regions.contains(region);
  }

  /**
   * The category of a decline's reason: the first configured category one of whose words the reason
   * contains (ignoring case), else {@link #OTHER}.
   */
  public String declineCategory(String reason) {
    String lower = reason.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, List<String>> e : declineCategories.entrySet()) {
      for (String word : e.getValue()) {
        if (lower.contains(word.toLowerCase(Locale.ROOT))) {
          return e.getKey();
        }
      }
    }
    return OTHER;
  }
}
