package be.ifg.workflow;

import be.ifg.domain.CaseTable;
import be.ifg.domain.ClientSystem;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.InformingRecord;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.Registration;
import be.ifg.domain.TableMember;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A table, a dossier and a request generated from one seed, for property tests: a few partners,
 * members (some without the pledge), professionals outside the table, items of every category with
 * and without audience restrictions, grants, consents, a case director, and a dossier in any state.
 */
final class GeneratedWorld {
  private static final PartnerKind[] KINDS = {
    PartnerKind.CAW,
    PartnerKind.LOCAL_POLICE,
    PartnerKind.MENTAL_HEALTH,
    PartnerKind.JUSTICE_HOUSE,
    PartnerKind.VK,
    PartnerKind.SOCIAL_HOUSE
  };
  private static final PartyId[] PARTIES = {PartyId.of("v"), PartyId.of("p"), PartyId.of("c")};

  final CaseTable table;
  final Pledges pledges;
  final TableState tableState;
  final Dossier dossier;
  final List<ProfessionalId> everybody;
  final List<ItemId> itemIds;
  final AccessRequest request;
  final long seed;

  GeneratedWorld(long seed) {
    this.seed = seed;
    Random r = new Random(seed);
    int partners = 2 + r.nextInt(4);
    CaseTable.Builder b = CaseTable.builder("region-" + r.nextInt(3));
    for (int i = 0; i < partners; i++) {
      b.partner("p" + i, KINDS[r.nextInt(KINDS.length)]);
    }
    int members = 2 + r.nextInt(6);
    List<ProfessionalId> memberIds = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      ProfessionalId id = ProfessionalId.of("m" + i);
      memberIds.add(id);
      b.member(
          new TableMember(id, PartnerId.of("p" + r.nextInt(partners)), i == 0 || r.nextInt(4) > 0));
    }
    int outsiders = r.nextInt(3);
    List<ProfessionalId> outsiderIds = new ArrayList<>();
    for (int i = 0; i < outsiders; i++) {
      ProfessionalId id = ProfessionalId.of("o" + i);
      outsiderIds.add(id);
      String partner = r.nextBoolean() ? "p" + r.nextInt(partners) : "x" + i;
      b.professional(id.value(), partner);
    }
    b.coordinator("m0");
    table = b.build();
    List<ProfessionalId> signedLater = new ArrayList<>();
    for (ProfessionalId m : memberIds) {
      if (r.nextInt(5) == 0) {
        signedLater.add(m);
      }
    }
    Pledges base = Pledges.of(table);
    for (ProfessionalId m : signedLater) {
      base = base.with(m);
    }
    pledges = base;
    TableState ts = TableState.of(table);
    for (ProfessionalId m : signedLater) {
      ts =
          ts.evolve(
              new be.ifg.domain.TableEvent.PledgeSigned(
                  table.region(), m, Instant.parse("2025-12-01T00:00:00Z")));
    }
    tableState = ts;

    DossierId d = DossierId.of("d" + r.nextInt(10));
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    List<DossierEvent> events = new ArrayList<>();
    Registration registration =
        new Registration(
            ProfessionalId.of("m0"),
            PartnerId.of("p0"),
            ClientSystem.of(
                new Party(PARTIES[0], PartyRole.VICTIM, 1990),
                new Party(PARTIES[1], PartyRole.PERPETRATOR, 1985),
                new Party(PARTIES[2], PartyRole.INDIRECT_VICTIM, 2018)),
            Set.of(InclusionCriterion.UNSAFETY),
            List.of(new InformingRecord(PARTIES[0], ProfessionalId.of("m0"), at, "call")),
            List.of(),
            DangerAssessment.of(true));
    events.add(
        new DossierEvent.Registered(d, ProfessionalId.of("m0"), at, registration, table.region()));
    int fate = r.nextInt(10);
    if (fate == 0) {
      at = at.plusSeconds(60);
      events.add(new DossierEvent.Declined(d, ProfessionalId.of("m0"), at, "no", "elsewhere"));
    } else if (fate > 1) {
      at = at.plusSeconds(60);
      events.add(new DossierEvent.Accepted(d, ProfessionalId.of("m0"), at));
    }
    List<ItemId> items = new ArrayList<>();
    boolean accepted = fate > 1;
    if (accepted) {
      int count = 1 + r.nextInt(6);
      InformationCategory[] categories = InformationCategory.values();
      for (int i = 0; i < count; i++) {
        TableMember by = table.members().get(r.nextInt(table.members().size()));
        Set<PartnerId> audience = new HashSet<>();
        if (r.nextInt(3) == 0) {
          for (int k = 0; k < 1 + r.nextInt(2); k++) {
            audience.add(PartnerId.of("p" + r.nextInt(partners)));
          }
        }
        Set<PartyId> about = new HashSet<>();
        about.add(PARTIES[r.nextInt(PARTIES.length)]);
        if (r.nextBoolean()) {
          about.add(PARTIES[r.nextInt(PARTIES.length)]);
        }
        ItemId id = ItemId.of("i" + i);
        items.add(id);
        at = at.plusSeconds(60);
        events.add(
            new DossierEvent.InformationShared(
                d,
                by.id(),
                at,
                new InformationItem(
                    id,
                    by.partner(),
                    by.id(),
                    about,
                    categories[r.nextInt(categories.length)],
                    "needed",
                    "secret content " + i,
                    audience,
                    at,
                    null)));
      }
      if (r.nextBoolean()) {
        TableMember director = table.members().get(r.nextInt(table.members().size()));
        at = at.plusSeconds(60);
        events.add(
            new DossierEvent.DirectorAppointed(
                d, ProfessionalId.of("m0"), at, director.id(), director.partner(), null));
      }
      int grants = r.nextInt(3);
      for (int i = 0; i < grants; i++) {
        at = at.plusSeconds(60);
        events.add(
            new DossierEvent.AccessGranted(
                d,
                ProfessionalId.of("m0"),
                at,
                items.get(r.nextInt(items.size())),
                pick(r, memberIds, outsiderIds),
                Purpose.values()[r.nextInt(Purpose.values().length)]));
      }
      int consents = r.nextInt(3);
      for (int i = 0; i < consents; i++) {
        at = at.plusSeconds(60);
        events.add(
            new DossierEvent.ConsentRecorded(
                d,
                ProfessionalId.of("m0"),
                at,
                PARTIES[r.nextInt(PARTIES.length)],
                PartnerId.of("p" + r.nextInt(partners)),
                Purpose.values()[r.nextInt(Purpose.values().length)],
                InformationCategory.HEALTH));
      }
      int end = r.nextInt(6);
      at = at.plusSeconds(60);
      if (end == 1) {
        events.add(new DossierEvent.DossierCompleted(d, ProfessionalId.of("m0"), at));
      } else if (end == 2) {
        events.add(
            new DossierEvent.Concluded(
                d, ProfessionalId.of("m0"), at, "stopped", at.plus(Duration.ofDays(180))));
      } else if (end == 3) {
        events.add(
            new DossierEvent.Concluded(
                d, ProfessionalId.of("m0"), at, "stopped", at.plus(Duration.ofDays(180))));
        events.add(new DossierEvent.Closed(d, ProfessionalId.of("m0"), at.plusSeconds(1)));
      } else if (end == 4) {
        events.add(new DossierEvent.Withdrawn(d, ProfessionalId.of("m0"), at, "moved"));
      }
    }
    dossier = Dossier.fold(events);
    itemIds = items;
    List<ProfessionalId> all = new ArrayList<>(memberIds);
    all.addAll(outsiderIds);
    all.add(ProfessionalId.of("unknown"));
    everybody = all;
    ProfessionalId actor = all.get(r.nextInt(all.size()));
    ItemId item =
        items.isEmpty() || r.nextInt(10) == 0
            ? ItemId.of("missing")
            : items.get(r.nextInt(items.size()));
    request =
        new AccessRequest(
            tableState,
            dossier,
            actor,
            r.nextInt(5) == 0 ? AccessAction.FORWARD : AccessAction.VIEW,
            item,
            Purpose.values()[r.nextInt(Purpose.values().length)],
            at.plusSeconds(r.nextInt(120)));
  }

  private static ProfessionalId pick(
      Random r, List<ProfessionalId> members, List<ProfessionalId> outsiders) {
    if (!outsiders.isEmpty() && r.nextInt(4) == 0) {
      return outsiders.get(r.nextInt(outsiders.size()));
    }
    return members.get(r.nextInt(members.size()));
  }

  /** The same world, with every request the actors could make about every item. */
  List<AccessRequest> everyRequest() {
    List<AccessRequest> all = new ArrayList<>();
    for (ProfessionalId actor : everybody) {
      for (ItemId item : itemIds) {
        for (AccessAction action : AccessAction.values()) {
          for (Purpose purpose : Purpose.values()) {
            all.add(
                new AccessRequest(tableState, dossier, actor, action, item, purpose, request.at()));
          }
        }
      }
    }
    return all;
  }

  @Override
  public String toString() {
    return "world(seed "
        + seed
        + ", "
        + dossier
        + ", "
        + request.actor()
        + " "
        + request.action()
        + " "
        + request.item()
        + " "
        + request.purpose()
        + ")";
  }
}
