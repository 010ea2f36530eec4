package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plan adjustment the case director proposed to the operational team (bijsturing van het plan van
 * aanpak), and the team's decision on it once recorded. Only an adopted proposal becomes a new
 * version of the plan ({@link #planVersion()}).
 *
 * @param id the proposal's id, unique in its dossier
 * @param reason why the director proposes the adjustment
 * @param goals the whole plan as proposed
 * @param proposedBy the case director who proposed it
 * @param proposedAt when
 * @param status open, adopted or rejected
 * @param decision the team's decision as the coordinator recorded it (its note, who, when); {@code
 *     null} while open
 * @param planVersion the plan version the adoption made; {@code null} unless adopted
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PlanProposal(
    ProposalId id,
    String reason,
    List<Goal> goals,
    ProfessionalId proposedBy,
    Instant proposedAt,
    ProposalStatus status,
    @Nullable Note decision,
    @Nullable Integer planVersion) {
  /** Validates the proposal. */
  public PlanProposal {
    Checks.present(id, "id");
    Checks.text(reason, "reason");
    goals = ImmutableList.copyOf(Checks.present(goals, "goals"));
    Checks.present(proposedBy, "proposedBy");
    Checks.present(proposedAt, "proposedAt");
    Checks.present(status, "status");
    checkArgument(
        (status == ProposalStatus.OPEN) == (decision == null),
        "proposal %s: a decision exactly when it is not open",
        id);
    checkArgument(
        (status == ProposalStatus.ADOPTED) == (planVersion != null),
        "proposal %s: a plan version exactly when it is adopted",
        id);
  }

  /** A proposal the operational team has not decided yet. */
  public static PlanProposal open(
      ProposalId id, String reason, List<Goal> goals, ProfessionalId by, Instant at) {
    return new PlanProposal(id, reason, goals, by, at, ProposalStatus.OPEN, null, null);
  }

  /** Whether the operational team has still to decide. */
  public boolean isOpen() {
    return status == ProposalStatus.OPEN;
  }

  /** The team's decision as recorded, once decided. */
  public Optional<Note> teamDecision() {
    return Optional.ofNullable(decision);
  }

  /** This proposal adopted as the given plan version. */
  public PlanProposal adopted(Note decision, int version) {
    return new PlanProposal(
        id, reason, goals, proposedBy, proposedAt, ProposalStatus.ADOPTED, decision, version);
  }

  /** This proposal rejected. */
  public PlanProposal rejected(Note decision) {
    return new PlanProposal(
        id, reason, goals, proposedBy, proposedAt, ProposalStatus.REJECTED, decision, null);
  }
}
