package be.ifg.benchmarks;

import be.ifg.domain.Action;
import be.ifg.domain.ActionId;
import be.ifg.domain.ActionStatus;
import be.ifg.domain.CaseTable;
import be.ifg.domain.ClientSystem;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.Goal;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformingRecord;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Registration;
import be.ifg.domain.RequestId;
import be.ifg.domain.SafetyMeasure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A nation's chain approach, generated: ten regions, each a table of eight partners with three
 * members each, and dossiers with realistic histories of about 100 events that fold without error.
 *
 * <p>A dossier's fate depends on its number: 5 % declined at once (two events), 20 % still in case
 * direction, 10 % in follow-up, 5 % closed and not yet evaluated, 60 % closed and evaluated. The
 * others run 80 to 120 events: registration, acceptance, items shared by the partners, an
 * information request (answered, or still open while the dossier is active), weighing, a director
 * appointed among the table's members, a plan of two actions owned by two partners, case direction
 * with progress reports and action updates, and the ending.
 */
public final class Nation {
  /** The regions' names. */
  public static final List<String> REGIONS =
      List.of(
          "antwerpen",
          "limburg",
          "oost-vlaanderen",
          "vlaams-brabant",
          "west-vlaanderen",
          "brabant-wallon",
          "hainaut",
          "liege",
          "luxembourg",
          "namur");

  /** The partners of every table, with their kinds. */
  static final String[] PARTNERS = {"caw", "pol", "ggz", "jh", "parket", "vk", "ocmw", "jeugd"};

  private static final PartnerKind[] KINDS = {
    PartnerKind.CAW,
    PartnerKind.LOCAL_POLICE,
    PartnerKind.MENTAL_HEALTH,
    PartnerKind.JUSTICE_HOUSE,
    PartnerKind.PROSECUTION,
    PartnerKind.VK,
    PartnerKind.SOCIAL_HOUSE,
    PartnerKind.YOUTH_WELFARE
  };

  /** Members per partner. */
  static final int SEATS = 3;

  /** The coordinator of every table. */
  public static final ProfessionalId COORDINATOR = ProfessionalId.of("caw-1");

  /** The registrant of every dossier: a professional the tables know, not seated. */
  static final ProfessionalId REGISTRANT = ProfessionalId.of("lien");

  /** When the first dossier is registered; the last some five years later. */
  static final Instant START = Instant.parse("2021-01-04T08:00:00Z");

  private static final long SPAN_SECONDS = 5L * 365 * 86_400;

  private Nation() {}

  /** The table of a region: eight partners, three members each, all pledged. */
  public static CaseTable table(String region) {
    CaseTable.Builder b = CaseTable.builder(region);
    for (int p = 0; p < PARTNERS.length; p++) {
      b.partner(PARTNERS[p], KINDS[p]);
    }
    for (String partner : PARTNERS) {
      for (int s = 1; s <= SEATS; s++) {
        b.member(member(partner, s).value(), partner);
      }
    }
    return b.professional(REGISTRANT.value(), "clb").coordinator(COORDINATOR.value()).build();
  }

  /** The member holding a seat of a partner. */
  public static ProfessionalId member(String partner, int seat) {
    return ProfessionalId.of(partner + "-" + seat);
  }

  /** The dossier id of the {@code n}th dossier of the nation. */
  public static DossierId id(int n) {
    return DossierId.of("d" + n);
  }

  /** The region of the {@code n}th dossier. */
  public static String region(int n) {
    return REGIONS.get(n % REGIONS.size());
  }

  /** The {@code n}th dossier's history, {@code total} dossiers in all. */
  public static List<DossierEvent> history(int n, int total) {
    DossierId d = id(n);
    String region = region(n);
    Instant t = START.plusSeconds(SPAN_SECONDS * n / total);
    int fate = (n / REGIONS.size()) % 20;
    int size = 80 + (n * 7) % 41;
    List<DossierEvent> out = new ArrayList<>(size + 4);
    out.add(new DossierEvent.Registered(d, REGISTRANT, t, registration(t), region));
    if (fate == 0) {
      out.add(
          new DossierEvent.Declined(
              d, COORDINATOR, t.plusSeconds(86_400), "no criteria", "contact the CAW"));
      return out;
    }
    out.add(new DossierEvent.Accepted(d, COORDINATOR, t = t.plusSeconds(86_400)));
    int items = (size - 16) / 2;
    for (int i = 0; i < items; i++) {
      String partner = PARTNERS[(n + i) % PARTNERS.length];
      t = t.plusSeconds(3_600);
      out.add(
          new DossierEvent.InformationShared(
              d, member(partner, 1 + i % SEATS), t, Histories.item("i" + i, i, t)));
    }
    boolean active = fate >= 1 && fate <= 4;
    String asked = PARTNERS[(n / 3) % PARTNERS.length];
    LocalDate due = date(t).plusDays(14);
    out.add(
        new DossierEvent.InformationRequested(
            d,
            COORDINATOR,
            t = t.plusSeconds(3_600),
            RequestId.of("r1"),
            PartnerId.of(asked),
            "known to your service?",
            due));
    if (!active || n % 3 != 0) {
      out.add(
          new DossierEvent.RequestAnswered(
              d,
              member(asked, 1),
              t = t.plusSeconds(3_600),
              RequestId.of("r1"),
              Histories.item("answer", items, t)));
    }
    out.add(new DossierEvent.DossierCompleted(d, COORDINATOR, t = t.plusSeconds(86_400)));
    out.add(
        new DossierEvent.Assessed(
            d, COORDINATOR, t = t.plusSeconds(3_600), Histories.assessment(t)));
    String directing = PARTNERS[(n / 7) % PARTNERS.length];
    ProfessionalId director = member(directing, 1 + (n / 11) % SEATS);
    out.add(
        new DossierEvent.DirectorAppointed(
            d, COORDINATOR, t = t.plusSeconds(3_600), director, PartnerId.of(directing), null));
    String first = PARTNERS[(n / 5) % PARTNERS.length];
    String second = PARTNERS[(n / 5 + 3) % PARTNERS.length];
    out.add(
        new DossierEvent.PlanAdopted(
            d,
            COORDINATOR,
            t = t.plusSeconds(3_600),
            List.of(
                Goal.of(
                    "g1",
                    "safe at home",
                    Action.open("a1", "barring-order follow-up", first, date(t).plusDays(30)),
                    Action.open("a2", "counselling started", second, date(t).plusDays(60))))));
    out.add(new DossierEvent.CaseDirectionStarted(d, director, t = t.plusSeconds(3_600)));
    int ending = active ? 0 : fate <= 6 ? 1 : fate == 7 ? 2 : 3;
    int i = 0;
    while (out.size() < size - ending) {
      t = t.plusSeconds(86_400);
      if (i == 3) {
        out.add(
            new DossierEvent.ActionUpdated(
                d, member(second, 1), t, ActionId.of("a2"), ActionStatus.DONE));
      } else {
        out.add(
            i % 2 == 0
                ? new DossierEvent.ProgressReported(d, director, t, "no new incidents")
                : new DossierEvent.ActionUpdated(
                    d, member(first, 1), t, ActionId.of("a1"), ActionStatus.IN_PROGRESS));
      }
      i++;
    }
    if (ending >= 1) {
      out.add(
          new DossierEvent.Concluded(
              d,
              director,
              t = t.plusSeconds(86_400),
              "violence stopped",
              t.plusSeconds(180L * 86_400)));
    }
    if (ending >= 2) {
      out.add(new DossierEvent.Closed(d, COORDINATOR, t = t.plusSeconds(181L * 86_400)));
    }
    if (ending >= 3) {
      out.add(new DossierEvent.Evaluated(d, COORDINATOR, t.plusSeconds(30L * 86_400), "fine"));
    }
    return out;
  }

  private static LocalDate date(Instant t) {
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }

  private static Registration registration(Instant t) {
    return new Registration(
        REGISTRANT,
        PartnerId.of("clb"),
        ClientSystem.of(
            Party.of("sara", PartyRole.VICTIM, 1991),
            Party.of("tom", PartyRole.PERPETRATOR, 1988),
            Party.of("kim", PartyRole.INDIRECT_VICTIM, 2017)),
        EnumSet.of(InclusionCriterion.UNSAFETY),
        List.of(
            new InformingRecord(PartyId.of("sara"), COORDINATOR, t, "conversation"),
            new InformingRecord(PartyId.of("tom"), COORDINATOR, t, "conversation")),
        List.of(),
        DangerAssessment.of(true, SafetyMeasure.SAFETY_PLAN));
  }
}
