package be.ifg.workflow;

import be.ifg.domain.ClientSystem;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * Who exercises a party's rights (being informed, giving or withdrawing consent): the party
 * themselves from the year they turn 12 ({@link Party#exercisesOwnRightsOn}); for a younger child,
 * a parent who is not a perpetrator. The client system records no family ties, so the parents are
 * taken to be its adults who are not perpetrators. Stateless and thread-safe.
 */
final class RightsHolders {
  private RightsHolders() {}

  /** The people who exercise the party's rights on the date; empty if nobody can. */
  static List<PartyId> of(ClientSystem family, Party party, LocalDate on) {
    if (party.exercisesOwnRightsOn(on)) {
      return List.of(party.id());
    }
    return family.parties().stream()
        .filter(p -> !p.id().equals(party.id()))
        .filter(p -> p.role() != PartyRole.PERPETRATOR)
        .filter(p -> !p.isMinorOn(on) && p.exercisesOwnRightsOn(on))
        .map(Party::id)
        .collect(ImmutableList.toImmutableList());
  }
}
