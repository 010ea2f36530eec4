package be.ifg.benchmarks;

import be.ifg.domain.CaseTable;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.TableEvent;
import be.ifg.domain.TableMember;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AccessRequest;
import be.ifg.workflow.TableState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A case table, dossiers with many pooled items of every kind, and need-to-know requests over them:
 * the inputs of the policy and view benchmarks and of the check that jCasbin and the library agree.
 */
public final class Worlds {
  /** When every request is asked. */
  public static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");

  /** The region of the table. */
  public static final String REGION = "west-vlaanderen";

  /**
   * The actors asked about: members of four partners, one without the pledge, one who left and
   * joined again (so his older grants ended), two outsiders.
   */
  public static final List<ProfessionalId> ACTORS =
      List.of(
          ProfessionalId.of("an"), // caw, coordinator and case director
          ProfessionalId.of("eva"), // caw
          ProfessionalId.of("bart"), // pol
          ProfessionalId.of("dirk"), // pol, left and joined again after his grants
          ProfessionalId.of("emre"), // ggz
          ProfessionalId.of("niels"), // jh, no pledge
          ProfessionalId.of("lien"), // clb, not at the table
          ProfessionalId.of("stranger")); // unknown to the table

  private static final String[] CONTRIBUTORS = {"pol", "caw", "ggz"};
  private static final String[] CONTRIBUTED_BY = {"bart", "an", "emre"};
  private static final InformationCategory[] CATEGORIES = {
    InformationCategory.INCIDENT,
    InformationCategory.SOCIAL,
    InformationCategory.VICTIM_LOCATION,
    InformationCategory.HEALTH,
    InformationCategory.HOUSING,
    InformationCategory.CHILD_WELFARE,
    InformationCategory.JUDICIAL
  };

  private Worlds() {}

  /**
   * The table as configured: caw, pol, ggz and jh at it, clb known but not seated; an coordinates.
   */
  public static CaseTable table() {
    return CaseTable.builder(REGION)
        .partner("caw", PartnerKind.CAW)
        .partner("pol", PartnerKind.LOCAL_POLICE)
        .partner("ggz", PartnerKind.MENTAL_HEALTH)
        .partner("jh", PartnerKind.JUSTICE_HOUSE)
        .member("an", "caw")
        .member("eva", "caw")
        .member("bart", "pol")
        .member("dirk", "pol")
        .member("emre", "ggz")
        .member(new TableMember(ProfessionalId.of("niels"), PartnerId.of("jh"), false))
        .professional("lien", "clb")
        .coordinator("an")
        .build();
  }

  /**
   * The table as it is when the requests are asked ({@link #AT}): as configured, but dirk (pol)
   * left in May and joined again, pledged, the day after, so that the grants given to him before
   * ended.
   */
  public static TableState state() {
    ProfessionalId an = ProfessionalId.of("an");
    ProfessionalId dirk = ProfessionalId.of("dirk");
    return TableState.fold(
        table(),
        List.of(
            new TableEvent.TableConfigured(
                REGION, an, Instant.parse("2026-01-01T08:00:00Z"), table()),
            new TableEvent.MemberLeft(REGION, an, Instant.parse("2026-05-04T08:00:00Z"), dirk),
            new TableEvent.MemberJoined(
                REGION,
                an,
                Instant.parse("2026-05-05T08:00:00Z"),
                dirk,
                PartnerId.of("pol"),
                true)));
  }

  /**
   * The history of a dossier in case direction (director an of caw) with {@code items} pooled
   * items: every seventh a victim location, every fourth restricted to an audience, and grants on
   * victim locations for some members and purposes.
   */
  public static List<DossierEvent> history(String id, int items) {
    List<DossierEvent> base = Histories.dossier(id, 10, Instant.parse("2026-01-05T08:00:00Z"));
    DossierId d = DossierId.of(id);
    List<DossierEvent> out = new ArrayList<>();
    // keep registration and acceptance, then our own items, then the rest without its items
    out.add(base.get(0));
    out.add(base.get(1));
    Instant t = base.get(1).at();
    for (int i = 0; i < items; i++) {
      t = t.plusSeconds(60);
      out.add(new DossierEvent.InformationShared(d, Histories.AN, t, item(i, t)));
    }
    for (DossierEvent e : base.subList(2, base.size())) {
      if (!(e instanceof DossierEvent.InformationShared)) {
        out.add(e);
      }
    }
    Instant g = out.get(out.size() - 1).at();
    for (int i = 0; i < items; i++) {
      if (CATEGORIES[i % CATEGORIES.length] == InformationCategory.VICTIM_LOCATION) {
        String member = i % 3 == 0 ? "emre" : i % 3 == 1 ? "dirk" : "eva";
        Purpose purpose = i % 2 == 0 ? Purpose.SAFETY : Purpose.PLAN;
        out.add(
            new DossierEvent.AccessGranted(
                d,
                Histories.AN,
                g = g.plusSeconds(60),
                ItemId.of("i" + i),
                ProfessionalId.of(member),
                purpose));
      }
    }
    return out;
  }

  /** The dossier of {@link #history}. */
  public static Dossier dossier(String id, int items) {
    return Dossier.fold(history(id, items));
  }

  /** The same dossier closed: only contributing partners still see their items. */
  public static Dossier closed(String id, int items) {
    List<DossierEvent> h = new ArrayList<>(history(id, items));
    Instant t = h.get(h.size() - 1).at();
    DossierId d = DossierId.of(id);
    h.add(
        new DossierEvent.Concluded(
            d, Histories.AN, t.plusSeconds(60), "violence stopped", t.plusSeconds(86_400 * 180)));
    h.add(new DossierEvent.Closed(d, Histories.AN, t.plusSeconds(86_400 * 181)));
    return Dossier.fold(h);
  }

  /** The same dossier only registered: nothing is shared yet. */
  public static Dossier registered(String id, int items) {
    List<DossierEvent> h = new ArrayList<>();
    h.add(history(id, 0).get(0));
    for (DossierEvent e : history(id, items)) {
      if (e instanceof DossierEvent.InformationShared) {
        h.add(e);
      }
    }
    return Dossier.fold(h);
  }

  static InformationItem item(int n, Instant t) {
    int who = n % CONTRIBUTORS.length;
    Set<PartnerId> audience =
        n % 4 == 3 ? Set.of(PartnerId.of(n % 8 == 3 ? "ggz" : "jh")) : Set.of();
    return new InformationItem(
        ItemId.of("i" + n),
        PartnerId.of(CONTRIBUTORS[who]),
        ProfessionalId.of(CONTRIBUTED_BY[who]),
        Set.of(PartyId.of("sara")),
        CATEGORIES[n % CATEGORIES.length],
        "the table needs it for the plan",
        "summary of item " + n,
        audience,
        t,
        null);
  }

  /**
   * Every request over a dossier: each actor, each item (and one unknown item), each purpose, both
   * actions.
   */
  public static List<AccessRequest> everyRequest(TableState table, Dossier d) {
    List<AccessRequest> out = new ArrayList<>();
    List<ItemId> items = new ArrayList<>();
    d.items().forEach(i -> items.add(i.id()));
    items.add(ItemId.of("unknown"));
    for (ProfessionalId actor : ACTORS) {
      for (ItemId item : items) {
        for (Purpose purpose : Purpose.values()) {
          for (AccessAction action : AccessAction.values()) {
            out.add(new AccessRequest(table, d, actor, action, item, purpose, AT));
          }
        }
      }
    }
    return out;
  }

  /**
   * A mix of {@code n} view requests on a dossier in case direction, most for a table purpose by
   * members at the table, some refused: what a view or a read path asks in practice.
   */
  public static List<AccessRequest> typicalRequests(TableState table, Dossier d, int n) {
    List<AccessRequest> out = new ArrayList<>(n);
    List<InformationItem> items = d.items();
    Purpose[] purposes = {Purpose.SAFETY, Purpose.PLAN, Purpose.SAFETY, Purpose.EVALUATION};
    for (int i = 0; i < n; i++) {
      ProfessionalId actor = ACTORS.get((i * 5) % 6); // mostly members; niels without pledge
      out.add(
          new AccessRequest(
              table,
              d,
              actor,
              i % 16 == 15 ? AccessAction.FORWARD : AccessAction.VIEW,
              items.get((i * 7) % items.size()).id(),
              purposes[i % purposes.length],
              AT));
    }
    return out;
  }
}
