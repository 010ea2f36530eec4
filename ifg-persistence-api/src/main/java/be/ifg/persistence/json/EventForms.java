package be.ifg.persistence.json;

import be.ifg.domain.Action;
import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.AssessmentReference;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.CaseTable;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.ClientSystem;
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
import be.ifg.domain.Purpose;
import be.ifg.domain.Registration;
import be.ifg.domain.RequestId;
import be.ifg.domain.SafetyDeferral;
import be.ifg.domain.SafetyMeasure;
import be.ifg.domain.Sector;
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
import java.util.function.BiFunction;

/**
 * The current JSON form of every event and of a disclosure entry, written and read by hand so the
 * domain stays free of Jackson and every field's name and order is fixed here, in one place.
 *
 * <p>Every form starts with {@code type} and {@code schemaVersion}; a dossier event then has {@code
 * dossier}, {@code actor} and {@code at}, then its own fields in the order of its record
 * components. Sets are written sorted; instants and dates in ISO-8601; decimals as plain JSON
 * numbers; absent optional values are left out. Stateless and thread-safe.
 */
final class EventForms {
  /** The schema version of the disclosure entry's form. */
  static final int DISCLOSURE_VERSION = 2;

  static final String DISCLOSURE_TYPE = "DisclosureEntry";

  /** The current schema version of every event type; a type not listed here is unknown. */
  static final Map<String, Integer> CURRENT_VERSIONS;

  private static final Map<String, BiFunction<In, Head, ChainEvent>> READERS;

  static {
    ImmutableMap.Builder<String, BiFunction<In, Head, ChainEvent>> r = ImmutableMap.builder();
    r.put(
        "Registered",
        (in, h) ->
            new DossierEvent.Registered(
                h.dossier,
                h.actor,
                h.at,
                registration(in.object("registration")),
                in.text("table")));
    r.put("Accepted", (in, h) -> new DossierEvent.Accepted(h.dossier, h.actor, h.at));
    r.put(
        "Declined",
        (in, h) ->
            new DossierEvent.Declined(
                h.dossier, h.actor, h.at, in.text("reason"), in.text("advice")));
    r.put(
        "PartyInformed",
        (in, h) ->
            new DossierEvent.PartyInformed(
                h.dossier, h.actor, h.at, in.value("party", PartyId::of), in.text("how")));
    r.put(
        "InformingDeferred",
        (in, h) ->
            new DossierEvent.InformingDeferred(
                h.dossier,
                h.actor,
                h.at,
                in.value("party", PartyId::of),
                in.text("reason"),
                in.date("reviewBy")));
    r.put(
        "InformationShared",
        (in, h) ->
            new DossierEvent.InformationShared(h.dossier, h.actor, h.at, item(in.object("item"))));
    r.put(
        "InformationRequested",
        (in, h) ->
            new DossierEvent.InformationRequested(
                h.dossier,
                h.actor,
                h.at,
                in.value("request", RequestId::of),
                in.value("from", PartnerId::of),
                in.text("question"),
                in.date("dueBy")));
    r.put(
        "RequestAnswered",
        (in, h) ->
            new DossierEvent.RequestAnswered(
                h.dossier,
                h.actor,
                h.at,
                in.value("request", RequestId::of),
                item(in.object("item"))));
    r.put(
        "RequestWaived",
        (in, h) ->
            new DossierEvent.RequestWaived(
                h.dossier, h.actor, h.at, in.value("request", RequestId::of), in.text("reason")));
    r.put(
        "DossierCompleted", (in, h) -> new DossierEvent.DossierCompleted(h.dossier, h.actor, h.at));
    r.put(
        "Assessed",
        (in, h) ->
            new DossierEvent.Assessed(
                h.dossier, h.actor, h.at, assessment(in.object("assessment"))));
    r.put(
        "DirectorAppointed",
        (in, h) ->
            new DossierEvent.DirectorAppointed(
                h.dossier,
                h.actor,
                h.at,
                in.value("member", ProfessionalId::of),
                in.value("partner", PartnerId::of),
                in.optionalText("reason")));
    r.put(
        "PlanAdopted",
        (in, h) -> new DossierEvent.PlanAdopted(h.dossier, h.actor, h.at, goals(in, "goals")));
    r.put(
        "PlanAdjusted",
        (in, h) ->
            new DossierEvent.PlanAdjusted(
                h.dossier, h.actor, h.at, in.text("reason"), goals(in, "goals")));
    r.put(
        "CaseDirectionStarted",
        (in, h) -> new DossierEvent.CaseDirectionStarted(h.dossier, h.actor, h.at));
    r.put(
        "ClientsInformedOfPlan",
        (in, h) ->
            new DossierEvent.ClientsInformedOfPlan(
                h.dossier, h.actor, h.at, in.values("parties", PartyId::of)));
    r.put(
        "ProgressReported",
        (in, h) -> new DossierEvent.ProgressReported(h.dossier, h.actor, h.at, in.text("summary")));
    r.put(
        "ActionUpdated",
        (in, h) ->
            new DossierEvent.ActionUpdated(
                h.dossier,
                h.actor,
                h.at,
                in.value("action", ActionId::of),
                in.enumValue("status", ActionStatus.class)));
    r.put(
        "GoalClosed",
        (in, h) ->
            new DossierEvent.GoalClosed(
                h.dossier,
                h.actor,
                h.at,
                in.value("goal", GoalId::of),
                in.enumValue("outcome", GoalOutcome.class),
                in.text("decision")));
    r.put(
        "IncidentReported",
        (in, h) ->
            new DossierEvent.IncidentReported(
                h.dossier, h.actor, h.at, in.text("summary"), in.instant("occurredAt")));
    r.put(
        "Concluded",
        (in, h) ->
            new DossierEvent.Concluded(
                h.dossier, h.actor, h.at, in.text("summary"), in.instant("followUpUntil")));
    r.put("Closed", (in, h) -> new DossierEvent.Closed(h.dossier, h.actor, h.at));
    r.put(
        "Evaluated",
        (in, h) -> new DossierEvent.Evaluated(h.dossier, h.actor, h.at, in.text("notes")));
    r.put(
        "Withdrawn",
        (in, h) -> new DossierEvent.Withdrawn(h.dossier, h.actor, h.at, in.text("reason")));
    r.put(
        "AccessGranted",
        (in, h) ->
            new DossierEvent.AccessGranted(
                h.dossier,
                h.actor,
                h.at,
                in.value("item", ItemId::of),
                in.value("member", ProfessionalId::of),
                in.enumValue("purpose", Purpose.class)));
    r.put(
        "AccessRevoked",
        (in, h) ->
            new DossierEvent.AccessRevoked(
                h.dossier,
                h.actor,
                h.at,
                in.value("item", ItemId::of),
                in.value("member", ProfessionalId::of),
                in.enumValue("purpose", Purpose.class)));
    r.put(
        "ConsentRecorded",
        (in, h) ->
            new DossierEvent.ConsentRecorded(
                h.dossier,
                h.actor,
                h.at,
                in.value("party", PartyId::of),
                in.value("partner", PartnerId::of),
                in.enumValue("purpose", Purpose.class),
                in.enumValue("category", InformationCategory.class)));
    r.put(
        "ConsentWithdrawn",
        (in, h) ->
            new DossierEvent.ConsentWithdrawn(
                h.dossier,
                h.actor,
                h.at,
                in.value("party", PartyId::of),
                in.value("partner", PartnerId::of),
                in.enumValue("purpose", Purpose.class),
                in.enumValue("category", InformationCategory.class)));
    READERS = r.build();

    ImmutableMap.Builder<String, Integer> v = ImmutableMap.builder();
    for (String type : READERS.keySet()) {
      v.put(type, type.equals("Registered") ? 3 : type.equals("DirectorAppointed") ? 2 : 1);
    }
    v.put("TableConfigured", 1);
    v.put("MemberJoined", 1);
    v.put("MemberLeft", 1);
    v.put("PledgeSigned", 1);
    v.put("SignalRaised", 1);
    CURRENT_VERSIONS = v.build();
  }

  private EventForms() {}

  /** The type name of an event. */
  static String type(ChainEvent event) {
    if (event instanceof DossierEvent d) {
      return d.type();
    }
    return ((TableEvent) event).type();
  }

  /** The current form of an event. */
  static Out write(ChainEvent event) {
    String type = type(event);
    Integer version = CURRENT_VERSIONS.get(type);
    if (version == null) {
      throw new IllegalArgumentException("no JSON form for event type " + type);
    }
    Out o = Out.object().text("type", type).integer("schemaVersion", version);
    if (event instanceof TableEvent t) {
      writeTable(o, t);
    } else {
      DossierEvent d = (DossierEvent) event;
      o.value("dossier", d.dossier()).value("actor", d.actor()).instant("at", d.at());
      writeDossier(o, d);
    }
    return o;
  }

  private static void writeTable(Out o, TableEvent t) {
    if (t instanceof TableEvent.TableConfigured e) {
      o.text("region", e.region())
          .value("actor", e.actor())
          .instant("at", e.at())
          .object("table", table(e.table()));
    } else if (t instanceof TableEvent.MemberJoined e) {
      o.text("region", e.region())
          .value("actor", e.actor())
          .instant("at", e.at())
          .value("member", e.member())
          .value("partner", e.partner())
          .bool("pledged", e.pledged());
    } else if (t instanceof TableEvent.MemberLeft e) {
      o.text("region", e.region())
          .value("actor", e.actor())
          .instant("at", e.at())
          .value("member", e.member());
    } else if (t instanceof TableEvent.PledgeSigned e) {
      o.text("region", e.region()).value("actor", e.actor()).instant("at", e.at());
    } else if (t instanceof TableEvent.SignalRaised e) {
      PolicySignal s = e.signal();
      o.text("region", e.region())
          .object(
              "signal",
              Out.object()
                  .value("id", s.id())
                  .enumValue("category", s.category())
                  .text("text", s.text())
                  .value("raisedBy", s.raisedBy())
                  .instant("raisedAt", s.raisedAt()));
    } else {
      throw new IllegalArgumentException("no JSON form for event type " + t.type());
    }
  }

  @SuppressWarnings("CyclomaticComplexity")
  private static void writeDossier(Out o, DossierEvent d) {
    if (d instanceof DossierEvent.Registered e) {
      o.object("registration", registration(e.registration())).text("table", e.table());
    } else if (d instanceof DossierEvent.Declined e) {
      o.text("reason", e.reason()).text("advice", e.advice());
    } else if (d instanceof DossierEvent.PartyInformed e) {
      o.value("party", e.party()).text("how", e.how());
    } else if (d instanceof DossierEvent.InformingDeferred e) {
      o.value("party", e.party()).text("reason", e.reason()).date("reviewBy", e.reviewBy());
    } else if (d instanceof DossierEvent.InformationShared e) {
      o.object("item", item(e.item()));
    } else if (d instanceof DossierEvent.InformationRequested e) {
      o.value("request", e.request())
          .value("from", e.from())
          .text("question", e.question())
          .date("dueBy", e.dueBy());
    } else if (d instanceof DossierEvent.RequestAnswered e) {
      o.value("request", e.request()).object("item", item(e.item()));
    } else if (d instanceof DossierEvent.RequestWaived e) {
      o.value("request", e.request()).text("reason", e.reason());
    } else if (d instanceof DossierEvent.Assessed e) {
      o.object("assessment", assessment(e.assessment()));
    } else if (d instanceof DossierEvent.DirectorAppointed e) {
      o.value("member", e.member())
          .value("partner", e.partner())
          .optionalText("reason", e.reason());
    } else if (d instanceof DossierEvent.PlanAdopted e) {
      o.objects("goals", e.goals(), EventForms::goal);
    } else if (d instanceof DossierEvent.PlanAdjusted e) {
      o.text("reason", e.reason()).objects("goals", e.goals(), EventForms::goal);
    } else if (d instanceof DossierEvent.ClientsInformedOfPlan e) {
      o.values("parties", e.parties());
    } else if (d instanceof DossierEvent.ProgressReported e) {
      o.text("summary", e.summary());
    } else if (d instanceof DossierEvent.ActionUpdated e) {
      o.value("action", e.action()).enumValue("status", e.status());
    } else if (d instanceof DossierEvent.GoalClosed e) {
      o.value("goal", e.goal()).enumValue("outcome", e.outcome()).text("decision", e.decision());
    } else if (d instanceof DossierEvent.IncidentReported e) {
      o.text("summary", e.summary()).instant("occurredAt", e.occurredAt());
    } else if (d instanceof DossierEvent.Concluded e) {
      o.text("summary", e.summary()).instant("followUpUntil", e.followUpUntil());
    } else if (d instanceof DossierEvent.Evaluated e) {
      o.text("notes", e.notes());
    } else if (d instanceof DossierEvent.Withdrawn e) {
      o.text("reason", e.reason());
    } else if (d instanceof DossierEvent.AccessGranted e) {
      o.value("item", e.item()).value("member", e.member()).enumValue("purpose", e.purpose());
    } else if (d instanceof DossierEvent.AccessRevoked e) {
      o.value("item", e.item()).value("member", e.member()).enumValue("purpose", e.purpose());
    } else if (d instanceof DossierEvent.ConsentRecorded e) {
      consent(o, e.party(), e.partner(), e.purpose(), e.category());
    } else if (d instanceof DossierEvent.ConsentWithdrawn e) {
      consent(o, e.party(), e.partner(), e.purpose(), e.category());
    } else if (!(d instanceof DossierEvent.Accepted
        || d instanceof DossierEvent.DossierCompleted
        || d instanceof DossierEvent.CaseDirectionStarted
        || d instanceof DossierEvent.Closed)) {
      throw new IllegalArgumentException("no JSON form for event type " + d.type());
    }
  }

  private static void consent(
      Out o, PartyId party, PartnerId partner, Purpose purpose, InformationCategory category) {
    o.value("party", party)
        .value("partner", partner)
        .enumValue("purpose", purpose)
        .enumValue("category", category);
  }

  /**
   * Reads the current form of an event whose type and schema version were checked and upcast.
   *
   * @throws RecordProblem if a field is missing, invalid or unknown
   */
  static ChainEvent read(String type, In in) {
    ChainEvent event;
    if (type.equals("TableConfigured")) {
      event =
          new TableEvent.TableConfigured(
              in.text("region"),
              in.value("actor", ProfessionalId::of),
              in.instant("at"),
              table(in.object("table")));
    } else if (type.equals("MemberJoined")) {
      event =
          new TableEvent.MemberJoined(
              in.text("region"),
              in.value("actor", ProfessionalId::of),
              in.instant("at"),
              in.value("member", ProfessionalId::of),
              in.value("partner", PartnerId::of),
              in.bool("pledged"));
    } else if (type.equals("MemberLeft")) {
      event =
          new TableEvent.MemberLeft(
              in.text("region"),
              in.value("actor", ProfessionalId::of),
              in.instant("at"),
              in.value("member", ProfessionalId::of));
    } else if (type.equals("PledgeSigned")) {
      event =
          new TableEvent.PledgeSigned(
              in.text("region"), in.value("actor", ProfessionalId::of), in.instant("at"));
    } else if (type.equals("SignalRaised")) {
      String region = in.text("region");
      In s = in.object("signal");
      PolicySignal signal =
          new PolicySignal(
              s.value("id", SignalId::of),
              s.enumValue("category", SignalCategory.class),
              s.text("text"),
              s.value("raisedBy", ProfessionalId::of),
              s.instant("raisedAt"));
      s.done();
      event = new TableEvent.SignalRaised(region, signal);
    } else {
      BiFunction<In, Head, ChainEvent> reader = READERS.get(type);
      if (reader == null) {
        throw new RecordProblem("unknown event type '" + type + "'");
      }
      Head head =
          new Head(
              in.value("dossier", DossierId::of),
              in.value("actor", ProfessionalId::of),
              in.instant("at"));
      event = reader.apply(in, head);
    }
    in.done();
    return event;
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
        .object(
            "danger",
            Out.object()
                .bool("present", r.danger().dangerPresent())
                .values("measures", r.danger().measures()));
  }

  private static Registration registration(In in) {
    In cs = in.object("clientSystem");
    List<Party> parties = map(cs.objects("parties"), EventForms::party);
    cs.done();
    In danger = in.object("danger");
    DangerAssessment d =
        new DangerAssessment(
            danger.bool("present"),
            enumSet(SafetyMeasure.class, danger.values("measures", SafetyMeasure::valueOf)));
    danger.done();
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

  private static List<Goal> goals(In in, String field) {
    return map(in.objects(field), EventForms::goal);
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

  static Out disclosure(DisclosureEntry e) {
    return Out.object()
        .text("type", DISCLOSURE_TYPE)
        .integer("schemaVersion", DISCLOSURE_VERSION)
        .integer("sequence", e.sequence())
        .instant("at", e.at())
        .value("actor", e.actor())
        .optionalText("table", e.table())
        .optionalText("dossier", e.dossier())
        .optionalText("item", e.item())
        .text("action", e.action())
        .enumValue("purpose", e.purpose())
        .text("outcome", e.outcome())
        .values("rules", e.rules())
        .objects("items", e.items(), EventForms::itemDecision)
        .text("previousHash", e.previousHash())
        .text("hash", e.hash());
  }

  static DisclosureEntry disclosure(In in) {
    DisclosureEntry e =
        new DisclosureEntry(
            in.integer("sequence"),
            in.instant("at"),
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
            in.text("hash"));
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
