package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.ClientSystem;
import be.ifg.domain.ConsentRecord;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.Purpose;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Every consent of a dossier's parties: per party, partner, purpose and category, when it was given
 * and recorded, whether and when it was withdrawn (a withdrawal takes effect at once), and who gave
 * it — the party themselves from 12, for a younger child a parent who is not a perpetrator.
 *
 * <p>A read model over {@link Dossier#consents()}; contains no item content. Immutable and
 * thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public final class ConsentLedger {
  // only what the ledger reads, never the dossier itself: a view carries the ledger to its actor,
  // and a serializer or debugger reading fields must not reach the dossier's items through it
  private final DossierId dossier;
  private final ImmutableList<ConsentRecord> consents;
  private final ClientSystem clientSystem;

  private ConsentLedger(
      DossierId dossier, List<ConsentRecord> consents, ClientSystem clientSystem) {
    this.dossier = dossier;
    this.consents = ImmutableList.copyOf(consents);
    this.clientSystem = clientSystem;
  }

  /** The ledger of a dossier. */
  public static ConsentLedger of(Dossier dossier) {
    checkNotNull(dossier, "dossier must not be null");
    return new ConsentLedger(dossier.id(), dossier.consents(), dossier.clientSystem());
  }

  /**
   * A ledger of a dossier that shows no consents and no parties: what a view gives while the table
   * does not share (a registered, declined, closed or withdrawn dossier).
   */
  public static ConsentLedger empty(Dossier dossier) {
    checkNotNull(dossier, "dossier must not be null");
    return new ConsentLedger(dossier.id(), List.of(), new ClientSystem(List.of()));
  }

  /**
   * One consent and who gave it.
   *
   * @param consent the record (with its withdrawal, if any)
   * @param givenBy who exercised the party's right when it was recorded: the party themselves, or
   *     for a child under 12 the adults of the client system who are not perpetrators
   */
  public record Entry(ConsentRecord consent, List<PartyId> givenBy) {
    /** Validates the entry. */
    public Entry {
      checkNotNull(consent, "consent must not be null");
      givenBy = ImmutableList.copyOf(givenBy);
    }

    /** Whether the consent holds at the given instant. */
    public boolean isActiveAt(Instant at) {
      return consent.isActiveAt(at);
    }
  }

  /** Every consent, withdrawn ones included, in the order recorded. */
  public List<Entry> entries() {
    return consents.stream().map(this::entry).collect(ImmutableList.toImmutableList());
  }

  /** Every consent of one party, withdrawn ones included, in the order recorded. */
  public List<Entry> of(PartyId party) {
    checkNotNull(party, "party must not be null");
    return consents.stream()
        .filter(c -> c.party().equals(party))
        .map(this::entry)
        .collect(ImmutableList.toImmutableList());
  }

  /** The consents that hold at the given instant. */
  public List<Entry> activeAt(Instant at) {
    checkNotNull(at, "at must not be null");
    return entries().stream()
        .filter(e -> e.isActiveAt(at))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether the party's consent for this partner, purpose and category holds at the instant.
   *
   * @throws NullPointerException if an argument is null
   */
  public boolean consents(
      PartyId party, PartnerId partner, Purpose purpose, InformationCategory category, Instant at) {
    checkNotNull(at, "at must not be null");
    return consents.stream()
        .anyMatch(c -> c.isActiveAt(at) && c.covers(party, partner, purpose, category));
  }

  /**
   * Who may give or withdraw consent for the party on a date: the party themselves from 12, for a
   * younger child the adults of the client system who are not perpetrators.
   *
   * @throws IllegalArgumentException if the party is not in the client system
   */
  public List<PartyId> whoConsentsFor(PartyId party, LocalDate on) {
    Optional<Party> p = clientSystem.party(party);
    com.google.common.base.Preconditions.checkArgument(
        p.isPresent(), "party %s is not in the client system of dossier %s", party, dossier);
    return RightsHolders.of(clientSystem, p.get(), on);
  }

  private Entry entry(ConsentRecord c) {
    LocalDate on = LocalDate.ofInstant(c.recordedAt(), ZoneOffset.UTC);
    List<PartyId> givenBy =
        clientSystem
            .party(c.party())
            .map(p -> RightsHolders.of(clientSystem, p, on))
            .orElse(List.of(c.party()));
    return new Entry(c, givenBy);
  }

  @Override
  public String toString() {
    return "ConsentLedger[" + dossier + ", " + consents.size() + " records]";
  }
}
