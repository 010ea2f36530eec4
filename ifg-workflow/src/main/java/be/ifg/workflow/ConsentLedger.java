package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.ConsentRecord;
import be.ifg.domain.Dossier;
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

/**
 * Every consent of a dossier's parties: per party, partner, purpose and category, when it was given
 * and recorded, whether and when it was withdrawn (a withdrawal takes effect at once), and who gave
 * it — the party themselves from 12, for a younger child a parent who is not a perpetrator.
 *
 * <p>A read model over {@link Dossier#consents()}; contains no item content. Immutable and
 * thread-safe.
 */
public final class ConsentLedger {
  private final Dossier dossier;

  private ConsentLedger(Dossier dossier) {
    this.dossier = dossier;
  }

  /** The ledger of a dossier. */
  public static ConsentLedger of(Dossier dossier) {
    return new ConsentLedger(checkNotNull(dossier, "dossier must not be null"));
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
    return dossier.consents().stream().map(this::entry).collect(ImmutableList.toImmutableList());
  }

  /** Every consent of one party, withdrawn ones included, in the order recorded. */
  public List<Entry> of(PartyId party) {
    checkNotNull(party, "party must not be null");
    return dossier.consents().stream()
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
    return dossier.consents().stream()
        .anyMatch(c -> c.isActiveAt(at) && c.covers(party, partner, purpose, category));
  }

  /**
   * Who may give or withdraw consent for the party on a date: the party themselves from 12, for a
   * younger child the adults of the client system who are not perpetrators.
   *
   * @throws IllegalArgumentException if the party is not in the client system
   */
  public List<PartyId> whoConsentsFor(PartyId party, LocalDate on) {
    Optional<Party> p = dossier.clientSystem().party(party);
    com.google.common.base.Preconditions.checkArgument(
        p.isPresent(), "party %s is not in the client system of dossier %s", party, dossier.id());
    return RightsHolders.of(dossier.clientSystem(), p.get(), on);
  }

  private Entry entry(ConsentRecord c) {
    LocalDate on = LocalDate.ofInstant(c.recordedAt(), ZoneOffset.UTC);
    List<PartyId> givenBy =
        dossier
            .clientSystem()
            .party(c.party())
            .map(p -> RightsHolders.of(dossier.clientSystem(), p, on))
            .orElse(List.of(c.party()));
    return new Entry(c, givenBy);
  }

  @Override
  public String toString() {
    return "ConsentLedger[" + dossier.id() + ", " + dossier.consents().size() + " records]";
  }
}
