package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The client system (cliëntsysteem): the family or household whose safety the dossier is about.
 *
 * @param parties its people, each id once
 */
@API(status = STABLE, since = "0.1")
public record ClientSystem(List<Party> parties) {
  /** Validates the client system: ids are unique. */
  public ClientSystem {
    parties = ImmutableList.copyOf(Checks.present(parties, "parties"));
    Set<PartyId> seen = new HashSet<>();
    for (Party p : parties) {
      checkArgument(seen.add(p.id()), "party %s is listed twice in the client system", p.id());
    }
  }

  /** A client system of the given parties. */
  public static ClientSystem of(Party... parties) {
    return new ClientSystem(List.of(parties));
  }

  /** The party with this id. */
  public Optional<Party> party(PartyId id) {
    return parties.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Whether a party with this id belongs to the client system. */
  public boolean contains(PartyId id) {
    return party(id).isPresent();
  }

  /** The parties with the given role. */
  public List<Party> withRole(PartyRole role) {
    return parties.stream().filter(p -> p.role() == role).collect(ImmutableList.toImmutableList());
  }

  /** Whether anybody in the client system is a victim, direct or indirect. */
  public boolean hasVictim() {
    return parties.stream().anyMatch(p -> p.role().isVictim());
  }
}
