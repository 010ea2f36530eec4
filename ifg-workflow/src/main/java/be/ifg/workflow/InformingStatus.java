package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.Dossier;
import be.ifg.domain.InformingRecord;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.SafetyDeferral;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where informing one party stands: who informed them of the registration, when and how; who
 * explained the plan to them; a pending deferral for safety with its review date (and its reason,
 * where the reader may know it); and who exercises their rights. A read model over the dossier's
 * records; contains no item content. Immutable and thread-safe.
 *
 * @param party the party
 * @param role their role
 * @param informed every time they were informed of the registration, oldest first
 * @param informedOfPlan every time the case director explained the plan to them
 * @param deferral the pending deferral for safety, if informing them is deferred; its reason only
 *     where the reader may know it (see {@link DossierPage.Deferral})
 * @param exercisesOwnRights whether they exercise their own rights (adults, minors from 12)
 * @param exercisedBy who exercises their rights: themselves, or for a child under 12 the adults of
 *     the client system who are not perpetrators (empty if there is nobody)
 */
@API(status = MAINTAINED, since = "0.1")
public record InformingStatus(
    PartyId party,
    PartyRole role,
    List<InformingRecord> informed,
    List<InformingRecord> informedOfPlan,
    DossierPage.@Nullable Deferral deferral,
    boolean exercisesOwnRights,
    List<PartyId> exercisedBy) {
  /** Validates the status. */
  public InformingStatus {
    checkNotNull(party, "party must not be null");
    checkNotNull(role, "role must not be null");
    informed = ImmutableList.copyOf(informed);
    informedOfPlan = ImmutableList.copyOf(informedOfPlan);
    exercisedBy = ImmutableList.copyOf(exercisedBy);
  }

  /**
   * The informing status of one party of the dossier on a date.
   *
   * @throws IllegalArgumentException if the party is not in the dossier's client system
   */
  public static InformingStatus of(Dossier dossier, PartyId party, LocalDate on) {
    checkNotNull(dossier, "dossier must not be null");
    checkNotNull(on, "on must not be null");
    Optional<Party> p = dossier.clientSystem().party(party);
    checkArgument(
        p.isPresent(),
        "party %s is not in the client system of dossier %s: %s",
        party,
        dossier.id(),
        dossier.clientSystem().parties());
    return of(dossier, p.get(), on);
  }

  /** The informing status of every party of the dossier on a date, in client-system order. */
  public static List<InformingStatus> all(Dossier dossier, LocalDate on) {
    checkNotNull(dossier, "dossier must not be null");
    checkNotNull(on, "on must not be null");
    return dossier.clientSystem().parties().stream()
        .map(p -> of(dossier, p, on))
        .collect(ImmutableList.toImmutableList());
  }

  private static InformingStatus of(Dossier dossier, Party p, LocalDate on) {
    return new InformingStatus(
        p.id(),
        p.role(),
        dossier.informingRecords().stream()
            .filter(r -> r.party().equals(p.id()))
            .collect(ImmutableList.toImmutableList()),
        dossier.planInforming().stream()
            .filter(r -> r.party().equals(p.id()))
            .collect(ImmutableList.toImmutableList()),
        dossier.deferral(p.id()).map(InformingStatus::deferral).orElse(null),
        p.exercisesOwnRightsOn(on),
        RightsHolders.of(dossier.clientSystem(), p, on));
  }

  /** Whether the party has been informed of the registration. */
  public boolean isInformed() {
    return !informed.isEmpty();
  }

  /** The pending deferral for safety, if informing the party is deferred. */
  public Optional<DossierPage.Deferral> pendingDeferral() {
    return Optional.ofNullable(deferral);
  }

  /**
   * The same status without the deferral's reason: what a member who may not know why informing was
   * deferred reads (the party is still shown as not to be informed yet, and until when).
   */
  public InformingStatus withoutDeferralReason() {
    if (deferral == null || deferral.reason() == null) {
      return this;
    }
    return new InformingStatus(
        party,
        role,
        informed,
        informedOfPlan,
        new DossierPage.Deferral(
            deferral.party(), deferral.reviewBy(), deferral.by(), deferral.at(), null),
        exercisesOwnRights,
        exercisedBy);
  }

  private static DossierPage.Deferral deferral(SafetyDeferral d) {
    return new DossierPage.Deferral(d.party(), d.reviewBy(), d.by(), d.at(), d.reason());
  }

  /** Whether a pending deferral's review date lies before the given date. */
  public boolean reviewOverdueOn(LocalDate date) {
    return deferral != null && deferral.reviewBy().isBefore(date);
  }
}
