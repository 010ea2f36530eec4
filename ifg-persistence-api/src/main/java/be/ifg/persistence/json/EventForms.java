package be.ifg.persistence.json;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.Action;
import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.AssessmentReference;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.CaseTable;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.ClientSystem;
import be.ifg.domain.CorrectionKind;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.Goal;
import be.ifg.domain.GoalClosure;
import be.ifg.domain.GoalId;
import be.ifg.domain.GoalOutcome;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.InformingRecord;
import be.ifg.domain.ItemContribution;
import be.ifg.domain.ItemId;
import be.ifg.domain.Partner;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.PolicySignal;
import be.ifg.domain.Professional;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.ProposalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.Registration;
import be.ifg.domain.RequestId;
import be.ifg.domain.Role;
import be.ifg.domain.SafetyDeferral;
import be.ifg.domain.SafetyMeasure;
import be.ifg.domain.Sector;
import be.ifg.domain.SessionId;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.SignalId;
import be.ifg.domain.TableEvent;
import be.ifg.domain.TableMember;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The current JSON form of every event and of a disclosure entry, written and read by hand so the
 * domain stays free of Jackson and every field's name and order is fixed here, in one place: one
 * {@link EventForm} per event type in {@link #FORMS}, with its stable name, its schema version, its
 * writer and its reader side by side.
 *
 * <p>Every form starts with {@code type} and {@code schemaVersion}; a dossier event then has {@code
 * dossier}, {@code actor} and {@code at}, then its own fields in the order of its record
 * components. Sets are written sorted; instants and dates in ISO-8601; decimals as plain JSON
 * numbers; absent optional values are left out. Stateless and thread-safe.
 */
final class EventForms {
  /** The schema version of the disclosure entry's form. */
  static final int DISCLOSURE_VERSION = 3;

  static final String DISCLOSURE_TYPE = "DisclosureEntry";

  /** The current schema version of every event type, by its stored name, in declaration order. */
  static final Map<String, Integer> CURRENT_VERSIONS;

  /**
   * Every event type's form, declared once: its class, its stored name, its current schema version,
   * and how it is written and read, side by side. The stored name is a literal, never the class's
   * name, so renaming a record does not change the stored format. Raising a version needs an {@link
   * Upcaster} from the old one in {@link Upcasters#STANDARD}.
   */
  static final List<EventForm<?>> FORMS =
      List.of(
          dossier(
              DossierEvent.Registered.class,
              "Registered",
              3,
              (o, e) ->
                  o.object("registration", registration(e.registration())).text("table", e.table()),
              (in, h) ->
                  new DossierEvent.Registered(
                      h.dossier,
                      h.actor,
                      h.at,
                      registration(in.object("registration")),
                      in.text("table"))),
          dossier(
              DossierEvent.Accepted.class,
              "Accepted",
              2,
              (o, e) -> o.optionalText("session", e.session()),
              (in, h) ->
                  new DossierEvent.Accepted(
                      h.dossier, h.actor, h.at, in.optionalValue("session", SessionId::of))),
          dossier(
              DossierEvent.Declined.class,
              "Declined",
              2,
              (o, e) ->
                  o.text("reason", e.reason())
                      .text("advice", e.advice())
                      .optionalText("session", e.session()),
              (in, h) ->
                  new DossierEvent.Declined(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.text("reason"),
                      in.text("advice"),
                      in.optionalValue("session", SessionId::of))),
          dossier(
              DossierEvent.PartyInformed.class,
              "PartyInformed",
              1,
              (o, e) -> o.value("party", e.party()).text("how", e.how()),
              (in, h) ->
                  new DossierEvent.PartyInformed(
                      h.dossier, h.actor, h.at, in.value("party", PartyId::of), in.text("how"))),
          dossier(
              DossierEvent.InformingDeferred.class,
              "InformingDeferred",
              1,
              (o, e) ->
                  o.value("party", e.party())
                      .text("reason", e.reason())
                      .date("reviewBy", e.reviewBy()),
              (in, h) ->
                  new DossierEvent.InformingDeferred(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.value("party", PartyId::of),
                      in.text("reason"),
                      in.date("reviewBy"))),
          dossier(
              DossierEvent.InformationShared.class,
              "InformationShared",
              1,
              (o, e) -> o.object("item", item(e.item())),
              (in, h) ->
                  new DossierEvent.InformationShared(
                      h.dossier, h.actor, h.at, item(in.object("item")))),
          dossier(
              DossierEvent.InformationRequested.class,
              "InformationRequested",
              1,
              (o, e) ->
                  o.value("request", e.request())
                      .value("from", e.from())
                      .text("question", e.question())
                      .date("dueBy", e.dueBy()),
              (in, h) ->
                  new DossierEvent.InformationRequested(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.value("request", RequestId::of),
                      in.value("from", PartnerId::of),
                      in.text("question"),
                      in.date("dueBy"))),
          dossier(
              DossierEvent.RequestAnswered.class,
              "RequestAnswered",
              1,
              (o, e) -> o.value("request", e.request()).object("item", item(e.item())),
              (in, h) ->
                  new DossierEvent.RequestAnswered(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.value("request", RequestId::of),
                      item(in.object("item")))),
          dossier(
              DossierEvent.RequestWaived.class,
              "RequestWaived",
              1,
              (o, e) -> o.value("request", e.request()).text("reason", e.reason()),
              (in, h) ->
                  new DossierEvent.RequestWaived(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.value("request", RequestId::of),
                      in.text("reason"))),
          dossier(
              DossierEvent.DossierCompleted.class,
              "DossierCompleted",
              1,
              (o, e) -> {},
              (in, h) -> new DossierEvent.DossierCompleted(h.dossier, h.actor, h.at)),
          dossier(
              DossierEvent.Assessed.class,
              "Assessed",
              1,
              (o, e) -> o.object("assessment", assessment(e.assessment())),
              (in, h) ->
                  new DossierEvent.Assessed(
                      h.dossier, h.actor, h.at, assessment(in.object("assessment")))),
          dossier(
              DossierEvent.DirectorAppointed.class,
              "DirectorAppointed",
              3,
              (o, e) ->
                  o.value("member", e.member())
                      .value("partner", e.partner())
                      .optionalText("reason", e.reason())
                      .optionalText("session", e.session()),
              (in, h) ->
                  new DossierEvent.DirectorAppointed(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.value("member", ProfessionalId::of),
                      in.value("partner", PartnerId::of),
                      in.optionalText("reason"),
                      in.optionalValue("session", SessionId::of))),
          dossier(
              DossierEvent.PlanAdopted.class,
              "PlanAdopted",
              2,
              (o, e) ->
                  o.objects("goals", e.goals(), EventForms::goal)
                      .optionalText("session", e.session()),
              (in, h) ->
                  new DossierEvent.PlanAdopted(
                      h.dossier,
                      h.actor,
                      h.at,
                      goals(in),
                      in.optionalValue("session", SessionId::of))),
          dossier(
              DossierEvent.PlanAdjusted.class,
              "PlanAdjusted",
              2,
              (o, e) ->
                  o.text("reason", e.reason())
                      .objects("goals", e.goals(), EventForms::goal)
                      .optionalText("session", e.session()),
              (in, h) ->
                  new DossierEvent.PlanAdjusted(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.text("reason"),
                      goals(in),
                      in.optionalValue("session", SessionId::of))),
          dossier(
              DossierEvent.DangerAssessmentUpdated.class,
              "DangerAssessmentUpdated",
              1,
              (o, e) ->
                  o.object("danger", danger(e.danger()))
                      .text("summary", e.summary())
                      .enumValue("capacity", e.capacity()),
              (in, h) ->
                  new DossierEvent.DangerAssessmentUpdated(
                      h.dossier,
                      h.actor,
                      h.at,
                      danger(in.object("danger")),
                      in.text("summary"),
                      in.enumValue("capacity", Role.class))),
          dossier(
              DossierEvent.AdjustmentProposed.class,
              "AdjustmentProposed",
              1,
              (o, e) ->
                  o.value("proposal", e.proposal())
                      .text("reason", e.reason())
                      .objects("goals", e.goals(), EventForms::goal),
              (in, h) ->
                  new DossierEvent.AdjustmentProposed(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.value("proposal", ProposalId::of),
                      in.text("reason"),
                      goals(in))),
          dossier(
              DossierEvent.AdjustmentDecided.class,
              "AdjustmentDecided",
              1,
              (o, e) ->
                  o.value("proposal", e.proposal())
                      .bool("adopted", e.adopted())
                      .text("note", e.note())
                      .objects("goals", e.goals(), EventForms::goal)
                      .optionalText("session", e.session()),
              (in, h) ->
                  new DossierEvent.AdjustmentDecided(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.value("proposal", ProposalId::of),
                      in.bool("adopted"),
                      in.text("note"),
                      goals(in),
                      in.optionalValue("session", SessionId::of))),
          dossier(
              DossierEvent.CaseDirectionStarted.class,
              "CaseDirectionStarted",
              1,
              (o, e) -> {},
              (in, h) -> new DossierEvent.CaseDirectionStarted(h.dossier, h.actor, h.at)),
          dossier(
              DossierEvent.ClientsInformedOfPlan.class,
              "ClientsInformedOfPlan",
              1,
              (o, e) -> o.values("parties", e.parties()),
              (in, h) ->
                  new DossierEvent.ClientsInformedOfPlan(
                      h.dossier, h.actor, h.at, in.values("parties", PartyId::of))),
          dossier(
              DossierEvent.ProgressReported.class,
              "ProgressReported",
              1,
              (o, e) -> o.text("summary", e.summary()),
              (in, h) ->
                  new DossierEvent.ProgressReported(h.dossier, h.actor, h.at, in.text("summary"))),
          dossier(
              DossierEvent.ActionUpdated.class,
              "ActionUpdated",
              1,
              (o, e) -> o.value("action", e.action()).enumValue("status", e.status()),
              (in, h) ->
                  new DossierEvent.ActionUpdated(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.value("action", ActionId::of),
                      in.enumValue("status", ActionStatus.class))),
          dossier(
              DossierEvent.GoalClosed.class,
              "GoalClosed",
              1,
              (o, e) ->
                  o.value("goal", e.goal())
                      .enumValue("outcome", e.outcome())
                      .text("decision", e.decision()),
              (in, h) ->
                  new DossierEvent.GoalClosed(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.value("goal", GoalId::of),
                      in.enumValue("outcome", GoalOutcome.class),
                      in.text("decision"))),
          dossier(
              DossierEvent.IncidentReported.class,
              "IncidentReported",
              1,
              (o, e) -> o.text("summary", e.summary()).instant("occurredAt", e.occurredAt()),
              (in, h) ->
                  new DossierEvent.IncidentReported(
                      h.dossier, h.actor, h.at, in.text("summary"), in.instant("occurredAt"))),
          dossier(
              DossierEvent.Concluded.class,
              "Concluded",
              1,
              (o, e) -> o.text("summary", e.summary()).instant("followUpUntil", e.followUpUntil()),
              (in, h) ->
                  new DossierEvent.Concluded(
                      h.dossier, h.actor, h.at, in.text("summary"), in.instant("followUpUntil"))),
          dossier(
              DossierEvent.Closed.class,
              "Closed",
              2,
              (o, e) -> o.optionalText("session", e.session()),
              (in, h) ->
                  new DossierEvent.Closed(
                      h.dossier, h.actor, h.at, in.optionalValue("session", SessionId::of))),
          dossier(
              DossierEvent.Evaluated.class,
              "Evaluated",
              2,
              (o, e) -> o.text("notes", e.notes()).optionalText("session", e.session()),
              (in, h) ->
                  new DossierEvent.Evaluated(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.text("notes"),
                      in.optionalValue("session", SessionId::of))),
          dossier(
              DossierEvent.Withdrawn.class,
              "Withdrawn",
              1,
              (o, e) -> o.text("reason", e.reason()),
              (in, h) -> new DossierEvent.Withdrawn(h.dossier, h.actor, h.at, in.text("reason"))),
          dossier(
              DossierEvent.AccessGranted.class,
              "AccessGranted",
              1,
              (o, e) -> access(o, e.item(), e.member(), e.purpose()),
              (in, h) -> access(in, h, DossierEvent.AccessGranted::new)),
          dossier(
              DossierEvent.AccessRevoked.class,
              "AccessRevoked",
              1,
              (o, e) -> access(o, e.item(), e.member(), e.purpose()),
              (in, h) -> access(in, h, DossierEvent.AccessRevoked::new)),
          dossier(
              DossierEvent.ConsentRecorded.class,
              "ConsentRecorded",
              1,
              (o, e) -> consent(o, e.party(), e.partner(), e.purpose(), e.category()),
              (in, h) -> consent(in, h, DossierEvent.ConsentRecorded::new)),
          dossier(
              DossierEvent.ConsentWithdrawn.class,
              "ConsentWithdrawn",
              1,
              (o, e) -> consent(o, e.party(), e.partner(), e.purpose(), e.category()),
              (in, h) -> consent(in, h, DossierEvent.ConsentWithdrawn::new)),
          // rectification (GDPR art. 16)
          dossier(
              DossierEvent.CorrectionRecorded.class,
              "CorrectionRecorded",
              1,
              (o, e) ->
                  o.enumValue("kind", e.kind())
                      .text("subject", e.subject())
                      .text("corrected", e.corrected())
                      .text("reason", e.reason()),
              (in, h) ->
                  new DossierEvent.CorrectionRecorded(
                      h.dossier,
                      h.actor,
                      h.at,
                      in.enumValue("kind", CorrectionKind.class),
                      in.text("subject"),
                      in.text("corrected"),
                      in.text("reason"))),
          new EventForm<>(
              TableEvent.TableConfigured.class,
              "TableConfigured",
              1,
              (o, e) -> tableHead(o, e).object("table", table(e.table())),
              in ->
                  new TableEvent.TableConfigured(
                      in.text("region"),
                      in.value("actor", ProfessionalId::of),
                      in.instant("at"),
                      table(in.object("table")))),
          new EventForm<>(
              TableEvent.MemberJoined.class,
              "MemberJoined",
              1,
              (o, e) ->
                  tableHead(o, e)
                      .value("member", e.member())
                      .value("partner", e.partner())
                      .bool("pledged", e.pledged()),
              in ->
                  new TableEvent.MemberJoined(
                      in.text("region"),
                      in.value("actor", ProfessionalId::of),
                      in.instant("at"),
                      in.value("member", ProfessionalId::of),
                      in.value("partner", PartnerId::of),
                      in.bool("pledged"))),
          new EventForm<>(
              TableEvent.MemberLeft.class,
              "MemberLeft",
              1,
              (o, e) -> tableHead(o, e).value("member", e.member()),
              in ->
                  new TableEvent.MemberLeft(
                      in.text("region"),
                      in.value("actor", ProfessionalId::of),
                      in.instant("at"),
                      in.value("member", ProfessionalId::of))),
          new EventForm<>(
              TableEvent.PledgeSigned.class,
              "PledgeSigned",
              1,
              EventForms::tableHead,
              in ->
                  new TableEvent.PledgeSigned(
                      in.text("region"), in.value("actor", ProfessionalId::of), in.instant("at"))),
          new EventForm<>(
              TableEvent.SignalRaised.class,
              "SignalRaised",
              1,
              (o, e) -> o.text("region", e.region()).object("signal", signal(e.signal())),
              in -> new TableEvent.SignalRaised(in.text("region"), signal(in.object("signal")))),
          new EventForm<>(
              TableEvent.SessionScheduled.class,
              "SessionScheduled",
              1,
              (o, e) ->
                  tableHead(o, e).value("session", e.session()).instant("startsAt", e.startsAt()),
              in ->
                  new TableEvent.SessionScheduled(
                      in.text("region"),
                      in.value("actor", ProfessionalId::of),
                      in.instant("at"),
                      in.value("session", SessionId::of),
                      in.instant("startsAt"))));

  private static final Map<Class<?>, EventForm<?>> BY_CLASS;
  private static final Map<String, EventForm<?>> BY_NAME;

  static {
    ImmutableMap.Builder<Class<?>, EventForm<?>> byClass = ImmutableMap.builder();
    ImmutableMap.Builder<String, EventForm<?>> byName = ImmutableMap.builder();
    ImmutableMap.Builder<String, Integer> versions = ImmutableMap.builder();
    for (EventForm<?> f : FORMS) {
      byClass.put(f.type(), f);
      byName.put(f.name(), f);
      versions.put(f.name(), f.version());
    }
    BY_CLASS = byClass.buildOrThrow();
    BY_NAME = byName.buildOrThrow();
    CURRENT_VERSIONS = versions.buildOrThrow();
  }

  private EventForms() {}

  /** The form of an event's type. */
  private static EventForm<?> form(ChainEvent event) {
    EventForm<?> form = BY_CLASS.get(event.getClass());
    if (form == null) {
      throw new IllegalArgumentException(
          "no JSON form for event type " + event.getClass().getSimpleName());
    }
    return form;
  }

  /** The name an event's type is stored under: its form's, not its class's. */
  static String type(ChainEvent event) {
    return form(event).name();
  }

  /** The current form of an event. */
  static Out write(ChainEvent event) {
    return form(event).write(event);
  }

  /**
   * Reads the current form of an event whose type and schema version were checked and upcast.
   *
   * @throws RecordProblem if the type is unknown, or a field is missing, invalid or unknown
   */
  static ChainEvent read(String type, In in) {
    EventForm<?> form = BY_NAME.get(type);
    if (form == null) {
      throw new RecordProblem("unknown event type '" + type + "'");
    }
    return form.read(in);
  }

  /**
   * The form of a dossier event: the fields every dossier event starts with ({@code dossier},
   * {@code actor}, {@code at}), then its own.
   */
  private static <E extends DossierEvent> EventForm<E> dossier(
      Class<E> type,
      String name,
      int version,
      BiConsumer<Out, E> fields,
      BiFunction<In, Head, E> read) {
    return new EventForm<>(
        type,
        name,
        version,
        (o, e) -> {
          o.value("dossier", e.dossier()).value("actor", e.actor()).instant("at", e.at());
          fields.accept(o, e);
        },
        in ->
            read.apply(
                in,
                new Head(
                    in.value("dossier", DossierId::of),
                    in.value("actor", ProfessionalId::of),
                    in.instant("at"))));
  }

  /** The fields most table events start with: {@code region}, {@code actor}, {@code at}. */
  private static Out tableHead(Out o, TableEvent e) {
    return o.text("region", e.region()).value("actor", e.actor()).instant("at", e.at());
  }

  private static Out access(Out o, ItemId item, ProfessionalId member, Purpose purpose) {
    return o.value("item", item).value("member", member).enumValue("purpose", purpose);
  }

  private static Out consent(
      Out o, PartyId party, PartnerId partner, Purpose purpose, InformationCategory category) {
    return o.value("party", party)
        .value("partner", partner)
        .enumValue("purpose", purpose)
        .enumValue("category", category);
  }

  /** Reads the fields of an event about a member's access to an item for a purpose. */
  private static <E> E access(In in, Head h, AccessEvent<E> of) {
    return of.of(
        h.dossier,
        h.actor,
        h.at,
        in.value("item", ItemId::of),
        in.value("member", ProfessionalId::of),
        in.enumValue("purpose", Purpose.class));
  }

  /** Reads the fields of an event about a party's consent. */
  private static <E> E consent(In in, Head h, ConsentEvent<E> of) {
    return of.of(
        h.dossier,
        h.actor,
        h.at,
        in.value("party", PartyId::of),
        in.value("partner", PartnerId::of),
        in.enumValue("purpose", Purpose.class),
        in.enumValue("category", InformationCategory.class));
  }

  /** The constructor of an event about a member's access to an item for a purpose. */
  @FunctionalInterface
  private interface AccessEvent<E> {
    E of(
        DossierId dossier,
        ProfessionalId actor,
        Instant at,
        ItemId item,
        ProfessionalId member,
        Purpose purpose);
  }

  /** The constructor of an event about a party's consent to a partner for a purpose. */
  @FunctionalInterface
  private interface ConsentEvent<E> {
    E of(
        DossierId dossier,
        ProfessionalId actor,
        Instant at,
        PartyId party,
        PartnerId partner,
        Purpose purpose,
        InformationCategory category);
  }

  /** The fields every dossier event starts with. */
  private static final class Head {
    final DossierId dossier;
    final ProfessionalId actor;
    final Instant at;

    Head(DossierId dossier, ProfessionalId actor, Instant at) {
      this.dossier = dossier;
      this.actor = actor;
      this.at = at;
    }
  }

  // ---- nested values ----

  private static Out signal(PolicySignal s) {
    return Out.object()
        .value("id", s.id())
        .enumValue("category", s.category())
        .text("text", s.text())
        .value("raisedBy", s.raisedBy())
        .instant("raisedAt", s.raisedAt());
  }

  private static PolicySignal signal(In s) {
    PolicySignal signal =
        new PolicySignal(
            s.value("id", SignalId::of),
            s.enumValue("category", SignalCategory.class),
            s.text("text"),
            s.value("raisedBy", ProfessionalId::of),
            s.instant("raisedAt"));
    s.done();
    return signal;
  }

  private static Out registration(Registration r) {
    return Out.object()
        .value("registrant", r.registrant())
        .value("registrantPartner", r.registrantPartner())
        .object(
            "clientSystem",
            Out.object().objects("parties", r.clientSystem().parties(), EventForms::party))
        .values("criteria", r.criteria())
        .objects("informed", r.informed(), EventForms::informing)
        .objects("deferred", r.deferred(), EventForms::deferral)
        .object("danger", danger(r.danger()));
  }

  private static Out danger(DangerAssessment d) {
    return Out.object().bool("present", d.dangerPresent()).values("measures", d.measures());
  }

  private static DangerAssessment danger(In danger) {
    DangerAssessment d =
        new DangerAssessment(
            danger.bool("present"),
            enumSet(SafetyMeasure.class, danger.values("measures", SafetyMeasure::valueOf)));
    danger.done();
    return d;
  }

  private static Registration registration(In in) {
    In cs = in.object("clientSystem");
    List<Party> parties = map(cs.objects("parties"), EventForms::party);
    cs.done();
    DangerAssessment d = danger(in.object("danger"));
    Registration r =
        new Registration(
            in.value("registrant", ProfessionalId::of),
            in.value("registrantPartner", PartnerId::of),
            new ClientSystem(parties),
            enumSet(InclusionCriterion.class, in.values("criteria", InclusionCriterion::valueOf)),
            map(in.objects("informed"), EventForms::informing),
            map(in.objects("deferred"), EventForms::deferral),
            d);
    in.done();
    return r;
  }

  private static Out party(Party p) {
    return Out.object()
        .value("id", p.id())
        .enumValue("role", p.role())
        .optionalInt("birthYear", p.birthYear());
  }

  private static Party party(In in) {
    Party p =
        new Party(
            in.value("id", PartyId::of),
            in.enumValue("role", PartyRole.class),
            in.optionalInt("birthYear"));
    in.done();
    return p;
  }

  private static Out informing(InformingRecord r) {
    return Out.object()
        .value("party", r.party())
        .value("by", r.by())
        .instant("at", r.at())
        .text("how", r.how());
  }

  private static InformingRecord informing(In in) {
    InformingRecord r =
        new InformingRecord(
            in.value("party", PartyId::of),
            in.value("by", ProfessionalId::of),
            in.instant("at"),
            in.text("how"));
    in.done();
    return r;
  }

  private static Out deferral(SafetyDeferral d) {
    return Out.object()
        .value("party", d.party())
        .text("reason", d.reason())
        .date("reviewBy", d.reviewBy())
        .value("by", d.by())
        .instant("at", d.at());
  }

  private static SafetyDeferral deferral(In in) {
    SafetyDeferral d =
        new SafetyDeferral(
            in.value("party", PartyId::of),
            in.text("reason"),
            in.date("reviewBy"),
            in.value("by", ProfessionalId::of),
            in.instant("at"));
    in.done();
    return d;
  }

  private static Out item(InformationItem i) {
    return Out.object()
        .value("id", i.id())
        .value("contributor", i.contributor())
        .value("contributedBy", i.contributedBy())
        .values("about", sorted(i.about()))
        .enumValue("category", i.category())
        .text("reason", i.reason())
        .text("summary", i.summary())
        .values("audience", sorted(i.audience()))
        .instant("sharedAt", i.sharedAt())
        .optionalText("answers", i.answers());
  }

  private static InformationItem item(In in) {
    InformationItem i =
        new InformationItem(
            in.value("id", ItemId::of),
            in.value("contributor", PartnerId::of),
            in.value("contributedBy", ProfessionalId::of),
            new LinkedHashSet<>(in.values("about", PartyId::of)),
            in.enumValue("category", InformationCategory.class),
            in.text("reason"),
            in.text("summary"),
            new LinkedHashSet<>(in.values("audience", PartnerId::of)),
            in.instant("sharedAt"),
            in.optionalValue("answers", RequestId::of));
    in.done();
    return i;
  }

  private static Out assessment(AssessmentReference a) {
    return Out.object()
        .text("instrumentId", a.instrumentId())
        .text("instrumentVersion", a.instrumentVersion())
        .text("instrumentHash", a.instrumentHash())
        .enumValue("status", a.status())
        .decimal("score", a.score())
        .optionalDecimal("maxScore", a.maxScore())
        .optionalText("scoreBand", a.scoreBand())
        .optionalText("band", a.band())
        .optionalText("finalBand", a.finalBand())
        .decimal("protectiveScore", a.protectiveScore())
        .values("firedRules", a.firedRules())
        .values("missing", a.missing())
        .objects(
            "contributions",
            a.contributions(),
            c ->
                Out.object()
                    .text("item", c.item())
                    .text("answer", c.answer())
                    .decimal("points", c.points()))
        .date("assessedAt", a.assessedAt())
        .value("assessor", a.assessor())
        .optionalText("overrideRationale", a.overrideRationale());
  }

  private static AssessmentReference assessment(In in) {
    AssessmentReference a =
        AssessmentReference.builder()
            .instrumentId(in.text("instrumentId"))
            .instrumentVersion(in.text("instrumentVersion"))
            .instrumentHash(in.text("instrumentHash"))
            .status(in.enumValue("status", AssessmentStatus.class))
            .score(in.decimal("score"))
            .protectiveScore(in.decimal("protectiveScore"))
            .assessedAt(in.date("assessedAt"))
            .assessor(in.value("assessor", ProfessionalId::of))
            .maxScore(in.optionalDecimal("maxScore"))
            .scoreBand(in.optionalText("scoreBand"))
            .band(in.optionalText("band"))
            .finalBand(in.optionalText("finalBand"))
            .addAllFiredRules(in.values("firedRules", s -> s))
            .addAllMissing(in.values("missing", s -> s))
            .addAllContributions(
                map(
                    in.objects("contributions"),
                    c -> {
                      ItemContribution ic =
                          new ItemContribution(
                              c.text("item"), c.text("answer"), c.decimal("points"));
                      c.done();
                      return ic;
                    }))
            .overrideRationale(in.optionalText("overrideRationale"))
            .build();
    in.done();
    return a;
  }

  private static Out goal(Goal g) {
    GoalClosure c = g.closure();
    return Out.object()
        .value("id", g.id())
        .text("text", g.text())
        .objects(
            "actions",
            g.actions(),
            a ->
                Out.object()
                    .value("id", a.id())
                    .text("text", a.text())
                    .value("owner", a.owner())
                    .date("due", a.due())
                    .enumValue("status", a.status()))
        .optionalObject(
            "closure",
            c == null
                ? null
                : Out.object()
                    .enumValue("outcome", c.outcome())
                    .text("decision", c.decision())
                    .value("by", c.by())
                    .instant("at", c.at()));
  }

  private static List<Goal> goals(In in) {
    return map(in.objects("goals"), EventForms::goal);
  }

  private static Goal goal(In in) {
    GoalId id = in.value("id", GoalId::of);
    String text = in.text("text");
    List<Action> actions =
        map(
            in.objects("actions"),
            a -> {
              Action action =
                  new Action(
                      a.value("id", ActionId::of),
                      a.text("text"),
                      a.value("owner", PartnerId::of),
                      a.date("due"),
                      a.enumValue("status", ActionStatus.class));
              a.done();
              return action;
            });
    In c = in.optionalObject("closure");
    GoalClosure closure = null;
    if (c != null) {
      closure =
          new GoalClosure(
              c.enumValue("outcome", GoalOutcome.class),
              c.text("decision"),
              c.value("by", ProfessionalId::of),
              c.instant("at"));
      c.done();
    }
    in.done();
    return new Goal(id, text, actions, closure);
  }

  // ---- the disclosure entry ----

  /*
   * Version 3 adds the content digest ("content") of entries written since 0.2, and the tombstone
   * form: sequence, at, purgedBy, content (if the entry had one), previousHash and hash, nothing
   * else. A record with "purgedBy" is a tombstone.
   */
  static Out disclosure(DisclosureEntry e) {
    Out o =
        Out.object()
            .text("type", DISCLOSURE_TYPE)
            .integer("schemaVersion", DISCLOSURE_VERSION)
            .integer("sequence", e.sequence())
            .instant("at", e.at());
    if (e.isTombstone()) {
      o.integer("purgedBy", e.purgedBy());
    } else {
      o.value("actor", checkNotNull(e.actor()))
          .optionalText("table", e.table())
          .optionalText("dossier", e.dossier())
          .optionalText("item", e.item())
          .text("action", checkNotNull(e.action()))
          .enumValue("purpose", checkNotNull(e.purpose()))
          .text("outcome", checkNotNull(e.outcome()))
          .values("rules", e.rules())
          .objects("items", e.items(), EventForms::itemDecision);
    }
    return o.optionalText("content", e.content())
        .text("previousHash", e.previousHash())
        .text("hash", e.hash());
  }

  static DisclosureEntry disclosure(In in) {
    long sequence = in.integer("sequence");
    Instant at = in.instant("at");
    @Nullable Long purge = in.optionalLong("purgedBy");
    DisclosureEntry e;
    if (purge != null) {
      e =
          DisclosureEntry.tombstone(
              sequence,
              at,
              in.text("previousHash"),
              in.text("hash"),
              in.optionalText("content"),
              purge);
    } else {
      e =
          new DisclosureEntry(
              sequence,
              at,
              in.value("actor", ProfessionalId::of),
              in.optionalText("table"),
              in.optionalValue("dossier", DossierId::of),
              in.optionalValue("item", ItemId::of),
              in.text("action"),
              in.enumValue("purpose", Purpose.class),
              in.text("outcome"),
              in.values("rules", s -> s),
              map(in.optionalObjects("items"), EventForms::itemDecision),
              in.text("previousHash"),
              in.text("hash"),
              in.optionalText("content"),
              0);
    }
    in.done();
    return e;
  }

  private static Out itemDecision(DisclosureEntry.ItemDecision d) {
    return Out.object()
        .value("item", d.item())
        .text("outcome", d.outcome())
        .values("rules", d.rules());
  }

  private static DisclosureEntry.ItemDecision itemDecision(In in) {
    DisclosureEntry.ItemDecision d =
        new DisclosureEntry.ItemDecision(
            in.value("item", ItemId::of), in.text("outcome"), in.values("rules", s -> s));
    in.done();
    return d;
  }

  // ---- the case table ----

  private static Out table(CaseTable t) {
    return Out.object()
        .text("region", t.region())
        .objects(
            "partners",
            t.partners(),
            p ->
                Out.object()
                    .value("id", p.id())
                    .enumValue("kind", p.kind())
                    .enumValue("sector", p.sector()))
        .objects(
            "members",
            t.members(),
            m ->
                Out.object()
                    .value("id", m.id())
                    .value("partner", m.partner())
                    .bool("pledged", m.pledged()))
        .objects(
            "professionals",
            t.professionals().stream().filter(p -> !t.isMember(p.id())).toList(),
            p -> Out.object().value("id", p.id()).value("partner", p.partner()))
        .value("coordinator", t.coordinator())
        .text("reportInterval", t.reportInterval().toString())
        .text("followUpPeriod", t.followUpPeriod().toString());
  }

  private static CaseTable table(In in) {
    CaseTable.Builder b = CaseTable.builder(in.text("region"));
    for (In p : in.objects("partners")) {
      b.partner(
          new Partner(
              p.value("id", PartnerId::of),
              p.enumValue("kind", PartnerKind.class),
              p.enumValue("sector", Sector.class)));
      p.done();
    }
    for (In m : in.objects("members")) {
      b.member(
          new TableMember(
              m.value("id", ProfessionalId::of),
              m.value("partner", PartnerId::of),
              m.bool("pledged")));
      m.done();
    }
    for (In p : in.objects("professionals")) {
      b.professional(
          new Professional(p.value("id", ProfessionalId::of), p.value("partner", PartnerId::of)));
      p.done();
    }
    b.coordinator(in.value("coordinator", ProfessionalId::of).value());
    b.reportInterval(in.value("reportInterval", java.time.Period::parse));
    b.followUpPeriod(in.value("followUpPeriod", java.time.Period::parse));
    in.done();
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new RecordProblem(
          in.path("table") + " is not a valid case table: " + e.getMessage(), e);
    }
  }

  // ---- helpers ----

  private static <T> List<T> map(List<In> ins, java.util.function.Function<In, T> each) {
    return ins.stream()
        .map(each)
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
    EnumSet<E> set = EnumSet.noneOf(type);
    set.addAll(values);
    return set;
  }

  private static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values) {
    return ImmutableSortedSet.copyOf(values);
  }
}
