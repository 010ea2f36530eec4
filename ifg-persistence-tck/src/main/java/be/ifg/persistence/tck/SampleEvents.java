package be.ifg.persistence.tck;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.MAINTAINED;

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
import be.ifg.persistence.json.EventJson;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Sample events of every type, with every optional part filled in, for round-trip tests of adapters
 * and of the JSON form.
 *
 * <p>{@link #dossierHistory(String, DossierId)} has an event of every dossier event type in an
 * order that folds ({@code Dossier.fold}) without error: one of each, but for a second {@link
 * DossierEvent.DirectorAppointed}, a handover, so that an appointment with and one without its
 * optional reason are both there. {@link #tableEvents(String)} has one of every table event type,
 * starting with the table's configuration ({@link #table(String)}). {@link #disclosures(int)} has
 * the three kinds of disclosure entry in turn. Every method returns new, immutable values; the
 * class is thread-safe.
 */
@API(status = MAINTAINED, since = "0.1")
public final class SampleEvents {
  /** The dossier of {@link #oneOfEach()}. */
  public static final DossierId DOSSIER = DossierId.of("d-sample");

  /** The table region of {@link #oneOfEach()}. */
  public static final String REGION = "west-vlaanderen";

  private static final Instant START = Instant.parse("2026-02-02T08:00:00Z");
  private static final ProfessionalId AN = ProfessionalId.of("an");
  private static final SessionId SESSION = SessionId.of("zitting-2026-02");
  private static final ProfessionalId BART = ProfessionalId.of("bart");
  private static final ProfessionalId LIEN = ProfessionalId.of("lien");
  private static final PartyId SARA = PartyId.of("sara");
  private static final PartyId TOM = PartyId.of("tom");

  private SampleEvents() {}

  /**
   * An event of every type: the dossier history of {@link #DOSSIER} at the table of {@link
   * #REGION}, then that table's events.
   */
  public static List<ChainEvent> oneOfEach() {
    return ImmutableList.<ChainEvent>builder()
        .addAll(dossierHistory(REGION, DOSSIER))
        .addAll(tableEvents(REGION))
        .build();
  }

  /**
   * One event of every type, keyed by the type name it is stored under ({@link EventJson#type}), in
   * the order of {@link #oneOfEach()}; of a type that occurs twice, the last (the handover of
   * {@code DirectorAppointed}, with its reason).
   */
  public static Map<String, ChainEvent> byType() {
    Map<String, ChainEvent> out = new LinkedHashMap<>();
    for (ChainEvent e : oneOfEach()) {
      out.put(EventJson.type(e), e);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The history of {@link #dossierHistory(String, DossierId)} for a dossier of the table of {@link
   * #REGION}.
   */
  public static List<DossierEvent> dossierHistory(DossierId dossier) {
    return dossierHistory(REGION, dossier);
  }

  /**
   * An event of every dossier event type, for one dossier of the table of a region, in an order
   * that folds into a valid state; {@code DirectorAppointed} occurs twice, a first appointment and
   * a handover with its reason.
   *
   * @param region the region of the table the dossier belongs to (its {@code Registered} names it)
   * @param dossier the dossier
   * @throws IllegalArgumentException if {@code region} is not a valid region id
   */
  public static List<DossierEvent> dossierHistory(String region, DossierId dossier) {
    Instant t = START;
    InformationItem shared =
        new InformationItem(
            ItemId.of("i1"),
            PartnerId.of("pol"),
            BART,
            Set.of(SARA, TOM),
            InformationCategory.INCIDENT,
            "three police call-outs show escalation",
            "call-outs on 3 Nov, 28 Dec, 30 Jan",
            Set.of(),
            at(1),
            null);
    InformationItem answer =
        new InformationItem(
            ItemId.of("i2"),
            PartnerId.of("ggz"),
            ProfessionalId.of("emre"),
            Set.of(TOM),
            InformationCategory.HEALTH,
            "treatment bears on the risk of new violence",
            "in treatment since January; attends irregularly",
            Set.of(PartnerId.of("ggz"), PartnerId.of("caw")),
            at(3),
            RequestId.of("r1"));
    Goal goal =
        new Goal(
            GoalId.of("g1"),
            "Sara and Kim live safely",
            List.of(
                new Action(
                    ActionId.of("a1"),
                    "safety plan with Sara",
                    PartnerId.of("caw"),
                    LocalDate.parse("2026-03-15"),
                    ActionStatus.OPEN),
                new Action(
                    ActionId.of("a2"),
                    "probation conditions for Tom",
                    PartnerId.of("jh"),
                    LocalDate.parse("2026-04-01"),
                    ActionStatus.IN_PROGRESS)),
            null);
    Goal adjusted =
        new Goal(
            GoalId.of("g2"),
            "Tom follows treatment",
            List.of(
                new Action(
                    ActionId.of("a3"),
                    "weekly sessions",
                    PartnerId.of("ggz"),
                    LocalDate.parse("2026-05-01"),
                    ActionStatus.OPEN)),
            new GoalClosure(GoalOutcome.DROPPED, "operational team, 2 April", AN, at(14)));
    return List.of(
        new DossierEvent.Registered(dossier, LIEN, t, registration(t), region),
        new DossierEvent.Accepted(dossier, AN, at(1), SESSION),
        new DossierEvent.DangerAssessmentUpdated(
            dossier,
            LIEN,
            at(1),
            DangerAssessment.of(true, SafetyMeasure.SAFETY_PLAN, SafetyMeasure.CRISIS_INTERVENTION),
            "threats by phone after the registration; crisis intervention started",
            Role.REGISTRANT),
        new DossierEvent.PartyInformed(dossier, AN, at(1), TOM, "letter after the safety plan"),
        new DossierEvent.InformingDeferred(
            dossier,
            AN,
            at(1),
            TOM,
            "informing him now would endanger sara",
            LocalDate.parse("2026-03-30")),
        new DossierEvent.InformationShared(dossier, BART, at(1), shared),
        new DossierEvent.InformationRequested(
            dossier,
            AN,
            at(2),
            RequestId.of("r1"),
            PartnerId.of("ggz"),
            "is Tom in treatment?",
            LocalDate.parse("2026-02-20")),
        new DossierEvent.RequestAnswered(
            dossier, ProfessionalId.of("emre"), at(3), RequestId.of("r1"), answer),
        new DossierEvent.RequestWaived(
            dossier, AN, at(3), RequestId.of("r1"), "answered in the meeting instead"),
        new DossierEvent.DossierCompleted(dossier, AN, at(4)),
        new DossierEvent.Assessed(dossier, AN, at(5), assessment()),
        new DossierEvent.PlanAdopted(dossier, AN, at(6), List.of(goal), SESSION),
        new DossierEvent.DirectorAppointed(
            dossier, AN, at(6), ProfessionalId.of("dina"), PartnerId.of("vk"), null),
        new DossierEvent.CaseDirectionStarted(dossier, AN, at(6)),
        new DossierEvent.ClientsInformedOfPlan(
            dossier, ProfessionalId.of("dina"), at(7), List.of(SARA, TOM)),
        new DossierEvent.ProgressReported(
            dossier, ProfessionalId.of("dina"), at(8), "safety plan in place; Tom in treatment"),
        new DossierEvent.AdjustmentProposed(
            dossier,
            ProfessionalId.of("dina"),
            at(8),
            ProposalId.of("p1"),
            "the safety plan needs the police's follow-up too",
            List.of(goal)),
        new DossierEvent.AdjustmentDecided(
            dossier,
            AN,
            at(9),
            ProposalId.of("p1"),
            true,
            "operational team, 10 February: adopted",
            List.of(goal),
            SESSION),
        new DossierEvent.PlanAdjusted(
            dossier,
            AN,
            at(9),
            "treatment became a goal of its own",
            List.of(goal, adjusted),
            SESSION),
        new DossierEvent.ActionUpdated(
            dossier, ProfessionalId.of("dina"), at(10), ActionId.of("a1"), ActionStatus.DONE),
        new DossierEvent.GoalClosed(
            dossier,
            ProfessionalId.of("dina"),
            at(11),
            GoalId.of("g1"),
            GoalOutcome.ACHIEVED,
            "operational team, 30 March"),
        new DossierEvent.IncidentReported(
            dossier, BART, at(12), "verbal threat at the door", at(12).minus(Duration.ofHours(20))),
        new DossierEvent.Concluded(
            dossier,
            ProfessionalId.of("dina"),
            at(13),
            "no violence since March; goals closed",
            at(13).plus(Duration.ofDays(182))),
        new DossierEvent.DirectorAppointed(
            dossier,
            AN,
            at(14),
            ProfessionalId.of("jonas"),
            PartnerId.of("jh"),
            "dina left the table; the justice house follows Tom's probation",
            SESSION),
        new DossierEvent.Closed(dossier, AN, at(200), SESSION),
        new DossierEvent.Evaluated(
            dossier, AN, at(201), "waiting list for treatment was a delay", SESSION),
        new DossierEvent.AccessGranted(
            dossier, AN, at(201), ItemId.of("i1"), ProfessionalId.of("fien"), Purpose.SAFETY),
        new DossierEvent.AccessRevoked(
            dossier, BART, at(202), ItemId.of("i1"), ProfessionalId.of("fien"), Purpose.SAFETY),
        new DossierEvent.ConsentRecorded(
            dossier,
            AN,
            at(201),
            TOM,
            PartnerId.of("ggz"),
            Purpose.PLAN,
            InformationCategory.HEALTH),
        new DossierEvent.ConsentWithdrawn(
            dossier,
            AN,
            at(202),
            TOM,
            PartnerId.of("ggz"),
            Purpose.PLAN,
            InformationCategory.HEALTH),
        new DossierEvent.CorrectionRecorded(
            dossier,
            AN,
            at(202),
            CorrectionKind.BIRTH_YEAR,
            TOM.value(),
            "1987",
            "the civil register gives 1987"),
        new DossierEvent.Declined(
            dossier, AN, at(203), "a sample of a decline", "ask the CAW for help", SESSION),
        new DossierEvent.Withdrawn(dossier, AN, at(204), "the family moved out of the region"));
  }

  /**
   * One event of every table event type, for the table of one region: its configuration ({@link
   * #table(String)}), the coordinator's pledge, a member who joins and one who leaves, a policy
   * signal, a session scheduled.
   *
   * @throws IllegalArgumentException if {@code region} is not a valid region id
   */
  public static List<TableEvent> tableEvents(String region) {
    return List.of(
        new TableEvent.TableConfigured(region, AN, START, table(region)),
        new TableEvent.PledgeSigned(region, AN, START),
        new TableEvent.MemberJoined(
            region, AN, at(1), ProfessionalId.of("fien"), PartnerId.of("caw"), false),
        new TableEvent.MemberLeft(region, AN, at(150), BART),
        new TableEvent.SessionScheduled(region, AN, START, SESSION, at(1)),
        new TableEvent.SignalRaised(
            region,
            new PolicySignal(
                SignalId.of("s1"),
                SignalCategory.WAITING_LIST,
                "six weeks' wait for perpetrator treatment",
                AN,
                at(201))));
  }

  /**
   * The sample table of a region, with every part filled in: partners of several kinds (one of kind
   * {@code OTHER} with its sector), members who signed the pledge and one who has not yet (the
   * coordinator), a professional who is no member, and a report interval and follow-up period that
   * are not the defaults.
   *
   * @throws IllegalArgumentException if {@code region} is not a valid region id
   */
  public static CaseTable table(String region) {
    return CaseTable.builder(region)
        .partner("caw", PartnerKind.CAW)
        .partner("pol", PartnerKind.LOCAL_POLICE)
        .partner("vk", PartnerKind.VK)
        .partner("ggz", PartnerKind.MENTAL_HEALTH)
        .partner("jh", PartnerKind.JUSTICE_HOUSE)
        .partner(new Partner(PartnerId.of("huisarts"), PartnerKind.OTHER, Sector.ASSISTANCE))
        .member(new TableMember(AN, PartnerId.of("caw"), false))
        .member("bart", "pol")
        .member("dina", "vk")
        .member("emre", "ggz")
        .member("jonas", "jh")
        .professional("lien", "clb")
        .coordinator("an")
        .reportInterval(Period.ofWeeks(4))
        .followUpPeriod(Period.ofMonths(9))
        .build();
  }

  /**
   * A small event for load and ordering tests: a progress report with the given text.
   *
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static DossierEvent note(DossierId dossier, String text) {
    return new DossierEvent.ProgressReported(dossier, AN, START, text);
  }

  /**
   * A hash-chained disclosure log of {@code count} entries, sequences 1 to {@code count}. The
   * hashes are made-up but chained ({@code previousHash} of each is the {@code hash} of the one
   * before).
   *
   * @throws IllegalArgumentException if {@code count < 0}
   */
  public static List<DisclosureEntry> disclosures(int count) {
    checkArgument(count >= 0, "count must be >= 0: %s", count);
    ImmutableList.Builder<DisclosureEntry> out = ImmutableList.builder();
    String previous = DisclosureEntry.GENESIS;
    for (int i = 1; i <= count; i++) {
      DisclosureEntry e = disclosure(i, previous);
      out.add(e);
      previous = e.hash();
    }
    return out.build();
  }

  /**
   * One disclosure entry at a sequence, after the given hash. The kinds take turns: sequences 1, 4,
   * 7, … are a decision on one item of {@link #DOSSIER} at the table of {@link #REGION}; 2, 5, 8, …
   * a denied forward with every optional part absent (no table, dossier or item, as an entry
   * written before tables were recorded reads); 3, 6, 9, … a whole view of {@link #DOSSIER} with
   * each item's decision.
   *
   * @throws IllegalArgumentException if {@code sequence < 1}
   */
  public static DisclosureEntry disclosure(long sequence, String previousHash) {
    Instant at = START.plusSeconds(60 * sequence);
    String hash = String.format("sha256:%064x", sequence * 7919);
    switch ((int) (sequence % 3)) {
      case 1:
        return new DisclosureEntry(
            sequence,
            at,
            BART,
            REGION,
            DOSSIER,
            ItemId.of("i1"),
            "VIEW",
            Purpose.SAFETY,
            "PERMIT",
            List.of("table-member", "pledge-signed"),
            List.of(),
            previousHash,
            hash);
      case 2:
        return new DisclosureEntry(
            sequence,
            at,
            AN,
            null,
            null,
            null,
            "FORWARD",
            Purpose.PLAN,
            "DENY",
            List.of("never-forward"),
            List.of(),
            previousHash,
            hash);
      default:
        return new DisclosureEntry(
            sequence,
            at,
            BART,
            REGION,
            DOSSIER,
            null,
            "DOSSIER_VIEW",
            Purpose.PLAN,
            "VIEW",
            List.of("table-member"),
            List.of(
                new DisclosureEntry.ItemDecision(
                    ItemId.of("i1"), "PERMIT", List.of("table-member", "pledge-signed")),
                new DisclosureEntry.ItemDecision(
                    ItemId.of("i2"), "DENY", List.of("audience-restriction"))),
            previousHash,
            hash);
    }
  }

  private static Registration registration(Instant t) {
    return new Registration(
        LIEN,
        PartnerId.of("clb"),
        ClientSystem.of(
            Party.of("sara", PartyRole.VICTIM, 1991),
            Party.of("tom", PartyRole.PERPETRATOR, 1988),
            Party.of("kim", PartyRole.INDIRECT_VICTIM, 2017),
            Party.of("opa", PartyRole.OTHER)),
        EnumSet.of(InclusionCriterion.UNSAFETY, InclusionCriterion.MULTI_PROBLEM),
        List.of(new InformingRecord(SARA, LIEN, t, "conversation at school")),
        List.of(
            new SafetyDeferral(
                TOM,
                "informing him now would endanger sara",
                LocalDate.parse("2026-03-02"),
                LIEN,
                t)),
        DangerAssessment.of(true, SafetyMeasure.SAFETY_PLAN));
  }

  private static AssessmentReference assessment() {
    return AssessmentReference.builder()
        .instrumentId("ifg-demo")
        .instrumentVersion("1.0.0")
        .instrumentHash("sha256:" + "ab".repeat(32))
        .status(AssessmentStatus.COMPLETE)
        .score(new BigDecimal("7.50"))
        .protectiveScore(new BigDecimal("2"))
        .assessedAt(LocalDate.parse("2026-02-07"))
        .assessor(AN)
        .maxScore(new BigDecimal("20"))
        .scoreBand("MEDIUM")
        .band("HIGH")
        .finalBand("VERY_HIGH")
        .addAllFiredRules(List.of("critical-weapon"))
        .addAllMissing(List.of("q7"))
        .addAllContributions(
            List.of(
                new ItemContribution("q1", "YES", new BigDecimal("1")),
                new ItemContribution("q2", "2", new BigDecimal("2.50")),
                new ItemContribution("q5", "red", new BigDecimal("4.00"))))
        .overrideRationale("the professional judgement raises the band: a weapon at home")
        .build();
  }

  private static Instant at(int days) {
    return START.plus(Duration.ofDays(days)).plusSeconds(3600L * (days % 5));
  }
}
