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
import be.ifg.domain.SafetyDeferral;
import be.ifg.domain.TableMember;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The table and family of the public example {@code basic-chain.json}, and a small builder of
 * dossier histories on top of it. The table also has {@code ilse} (pol), a member who has not
 * signed the pledge.
 */
final class BasicChain {
  static final Instant START = Instant.parse("2026-02-02T08:00:00Z");
  static final DossierId D1 = DossierId.of("d1");

  private BasicChain() {}

  static CaseTable table() {
    return CaseTable.builder("west-vlaanderen")
        .partner("caw", PartnerKind.CAW)
        .partner("pol", PartnerKind.LOCAL_POLICE)
        .partner("parket", PartnerKind.PROSECUTION)
        .partner("vk", PartnerKind.VK)
        .partner("ggz", PartnerKind.MENTAL_HEALTH)
        .partner("jh", PartnerKind.JUSTICE_HOUSE)
        .partner("sh", PartnerKind.SOCIAL_HOUSE)
        .member("an", "caw")
        .member("bart", "pol")
        .member("chris", "parket")
        .member("dina", "vk")
        .member("emre", "ggz")
        .member("fien", "jh")
        .member("gert", "sh")
        .member(new TableMember(ProfessionalId.of("ilse"), PartnerId.of("pol"), false))
        .professional("lien", "clb")
        .coordinator("an")
        .build();
  }

  static Pledges pledges() {
    return Pledges.of(table());
  }

  /** The table as configured, before any table event. */
  static TableState tableState() {
    return TableState.of(table());
  }

  static ProfessionalId who(String id) {
    return ProfessionalId.of(id);
  }

  static ItemId item(String id) {
    return ItemId.of(id);
  }

  static History registered() {
    return new History();
  }

  /**
   * The example up to the two items: accepted, i1 (pol, INCIDENT) and i2 (caw, VICTIM_LOCATION).
   */
  static History withTwoItems() {
    return registered()
        .accept()
        .share("i1", "bart", "pol", InformationCategory.INCIDENT)
        .share("i2", "an", "caw", InformationCategory.VICTIM_LOCATION);
  }

  /** A dossier history under construction; each event one minute after the previous. */
  static final class History {
    private final List<DossierEvent> events = new ArrayList<>();
    private Instant at = START;

    History() {
      Registration registration =
          new Registration(
              who("lien"),
              PartnerId.of("clb"),
              ClientSystem.of(
                  Party.of("sara", PartyRole.VICTIM, 1991),
                  Party.of("tom", PartyRole.PERPETRATOR, 1988),
                  Party.of("kim", PartyRole.INDIRECT_VICTIM, 2017)),
              Set.of(
                  InclusionCriterion.UNSAFETY,
                  InclusionCriterion.MULTIPLE_PARTNERS,
                  InclusionCriterion.MULTI_PROBLEM),
              List.of(
                  new InformingRecord(
                      PartyId.of("sara"), who("lien"), START, "conversation at school")),
              List.of(
                  new SafetyDeferral(
                      PartyId.of("tom"),
                      "informing him now would endanger sara",
                      LocalDate.parse("2026-03-02"),
                      who("lien"),
                      START)),
              DangerAssessment.of(true));
      events.add(
          new DossierEvent.Registered(D1, who("lien"), START, registration, table().region()));
    }

    private Instant next() {
      at = at.plus(Duration.ofMinutes(1));
      return at;
    }

    Instant now() {
      return at;
    }

    History accept() {
      events.add(new DossierEvent.Accepted(D1, who("an"), next()));
      return this;
    }

    History decline() {
      events.add(new DossierEvent.Declined(D1, who("an"), next(), "no family violence", "CAW"));
      return this;
    }

    History share(String id, String by, String partner, InformationCategory category) {
      return share(id, by, partner, category, new String[0], "sara", "tom");
    }

    History shareRestricted(
        String id, String by, String partner, InformationCategory category, String... audience) {
      return share(id, by, partner, category, audience, "sara", "tom");
    }

    History shareAbout(
        String id, String by, String partner, InformationCategory category, String... about) {
      return share(id, by, partner, category, new String[0], about);
    }

    private History share(
        String id,
        String by,
        String partner,
        InformationCategory category,
        String[] audience,
        String... about) {
      Instant when = next();
      events.add(
          new DossierEvent.InformationShared(
              D1,
              who(by),
              when,
              new InformationItem(
                  item(id),
                  PartnerId.of(partner),
                  who(by),
                  Arrays.stream(about).map(PartyId::of).collect(Collectors.toSet()),
                  category,
                  "the table needs " + id,
                  "content of " + id,
                  Arrays.stream(audience).map(PartnerId::of).collect(Collectors.toSet()),
                  when,
                  null)));
      return this;
    }

    History complete() {
      events.add(new DossierEvent.DossierCompleted(D1, who("an"), next()));
      return this;
    }

    History director(String member, String partner) {
      events.add(
          new DossierEvent.DirectorAppointed(
              D1, who("an"), next(), who(member), PartnerId.of(partner), null));
      return this;
    }

    History grant(String item, String member, Purpose purpose, String by) {
      events.add(
          new DossierEvent.AccessGranted(D1, who(by), next(), item(item), who(member), purpose));
      return this;
    }

    History consent(String party, String partner, Purpose purpose, InformationCategory category) {
      events.add(
          new DossierEvent.ConsentRecorded(
              D1,
              who("emre"),
              next(),
              PartyId.of(party),
              PartnerId.of(partner),
              purpose,
              category));
      return this;
    }

    History withdrawConsent(
        String party, String partner, Purpose purpose, InformationCategory category) {
      events.add(
          new DossierEvent.ConsentWithdrawn(
              D1,
              who("emre"),
              next(),
              PartyId.of(party),
              PartnerId.of(partner),
              purpose,
              category));
      return this;
    }

    History conclude() {
      Instant when = next();
      events.add(
          new DossierEvent.Concluded(
              D1, who("an"), when, "violence stopped", when.plus(Duration.ofDays(183))));
      return this;
    }

    History close() {
      events.add(new DossierEvent.Closed(D1, who("an"), next()));
      return this;
    }

    History withdraw() {
      events.add(new DossierEvent.Withdrawn(D1, who("an"), next(), "family moved"));
      return this;
    }

    Dossier dossier() {
      return Dossier.fold(events);
    }

    AccessRequest request(String actor, AccessAction action, String item, Purpose purpose) {
      return new AccessRequest(
          tableState(), dossier(), who(actor), action, item(item), purpose, now());
    }

    AccessRequest view(String actor, String item, Purpose purpose) {
      return request(actor, AccessAction.VIEW, item, purpose);
    }
  }
}
