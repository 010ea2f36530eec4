package be.ifg.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A question the table asks one partner during dossier building, and how it was settled.
 *
 * @param id the request's id within the dossier
 * @param from the partner asked
 * @param question the question
 * @param dueBy when the answer is due
 * @param requestedBy who asked
 * @param requestedAt when
 * @param status open, answered or waived
 * @param answer the item that answered it, when answered
 * @param waiverReason why the table waived it, when waived
 */
@API(status = STABLE, since = "0.1")
public record InformationRequest(
    RequestId id,
    PartnerId from,
    String question,
    LocalDate dueBy,
    ProfessionalId requestedBy,
    Instant requestedAt,
    RequestStatus status,
    @Nullable ItemId answer,
    @Nullable String waiverReason) {
  /** Validates the request and that its status matches its answer or waiver. */
  public InformationRequest {
    Checks.present(id, "request id");
    Checks.present(from, "from");
    Checks.text(question, "question");
    Checks.present(dueBy, "dueBy");
    Checks.present(requestedBy, "requestedBy");
    Checks.present(requestedAt, "requestedAt");
    Checks.present(status, "status");
    checkArgument(
        (status == RequestStatus.ANSWERED) == (answer != null),
        "request %s: an answer goes with status ANSWERED only",
        id);
    checkArgument(
        (status == RequestStatus.WAIVED) == (waiverReason != null),
        "request %s: a waiver reason goes with status WAIVED only",
        id);
  }

  /** A new, open request. */
  public static InformationRequest open(
      RequestId id,
      PartnerId from,
      String question,
      LocalDate dueBy,
      ProfessionalId requestedBy,
      Instant requestedAt) {
    return new InformationRequest(
        id, from, question, dueBy, requestedBy, requestedAt, RequestStatus.OPEN, null, null);
  }

  /** Whether the request still waits for an answer. */
  public boolean isOpen() {
    return status == RequestStatus.OPEN;
  }

  /** This request, answered by the given item. */
  public InformationRequest answeredBy(ItemId item) {
    return new InformationRequest(
        id, from, question, dueBy, requestedBy, requestedAt, RequestStatus.ANSWERED, item, null);
  }

  /** This request, waived for the given reason. */
  public InformationRequest waived(String reason) {
    return new InformationRequest(
        id, from, question, dueBy, requestedBy, requestedAt, RequestStatus.WAIVED, null, reason);
  }
}
