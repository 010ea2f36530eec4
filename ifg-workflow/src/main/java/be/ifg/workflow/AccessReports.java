package be.ifg.workflow;

import be.ifg.domain.ConsentRecord;
import be.ifg.domain.Correction;
import be.ifg.domain.CorrectionKind;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.InformingRecord;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/*
 * How an access report is built (GDPR art. 15 with the restrictions of art. 23(1)(i): the
 * protection of the rights and freedoms of others — here, the safety of victims).
 *
 * Who: the table's coordinator, with standing now (a member who signed the pledge), acting for
 * the controller. Anybody else gets AccessReport.Refused, built from the question alone, so the
 * answer is the same whether the party exists or not. The question is logged either way.
 *
 * What: for each dossier of this table whose client system holds the party, except a dossier in
 * which informing the party is still deferred for safety (telling them would be informing them):
 * their record (role, birth year as corrected), informing, consents, the items about them, the
 * corrections of these, and who saw them from the disclosure log.
 *
 * Two rule sets, chosen per dossier by the party's role in it:
 *   - victim rules (VICTIM, INDIRECT_VICTIM): items with content where the coordinator may see it
 *     by the need-to-know policy (purpose PLAN), victim locations only where the coordinator may
 *     see them (otherwise not even their existence, as everywhere), sources and dates shown,
 *     seen-by per item with its rules;
 *   - strict rules (PERPETRATOR, OTHER — anybody whose knowing could endanger a victim): never a
 *     victim location, nor its existence; never a restricted item's content; never who registered,
 *     contributed, informed or corrected, nor when or why an item was shared; no deferral; seen-by
 *     grouped per dossier (partner, when, action, purpose), without items or rules, and only from
 *     entries that do not depend on a victim location (whole views and reads, questions about the
 *     listed items).
 * The list of redactions is the same in every report: it names every kind of thing withheld and its
 * ground, not whether something was.
 *
 * The log: one entry for the question (action ACCESS_REPORT, item = the party's id, no dossier),
 * then one per dossier reported (the item decisions the report made, by item id), so the auditor
 * can answer what the report disclosed.
 */

/** Builds and logs access reports. */
final class AccessReports {
  /** The rule that lets the coordinator produce a report, and refuses anybody else. */
  static final String RULE = "data-subject-access";

  private AccessReports() {}

  static AccessReport produce(
      Disclosures disclosures,
      TableState table,
      List<Dossier> dossiers,
      ProfessionalId actor,
      PartyId party,
      Instant at) {
    List<RuleFinding> allowed = new ArrayList<>(2);
    List<RuleFinding> refused = new ArrayList<>(2);
    NeedToKnow.actorRules(table, actor, allowed, refused);
    boolean permitted = refused.isEmpty() && actor.equals(table.coordinator());
    List<String> rules = new ArrayList<>(3);
    if (permitted) {
      allowed.forEach(r -> rules.add(r.rule()));
    } else {
      refused.forEach(r -> rules.add(r.rule()));
    }
    rules.add(RULE);
    List<DisclosureEntry> log = permitted ? disclosures.log().entries() : List.of();
    disclosures
        .log()
        .append(
            new Disclosure(
                at,
                actor,
                table.region(),
                null,
                ItemId.of(party.value()),
                Disclosure.ACCESS_REPORT,
                Purpose.PLAN,
                permitted ? Disclosure.PERMIT : Disclosure.DENY,
                rules,
                List.of()));
    if (!permitted) {
      return new AccessReport.Refused(party, actor, at);
    }
    List<AccessReport.Section> sections = new ArrayList<>();
    for (Dossier d : dossiers) {
      Optional<Party> record = d.clientSystem().party(party);
      if (record.isEmpty() || d.deferral(party).isPresent() && !d.isInformed(party)) {
        continue;
      }
      List<DisclosureEntry.ItemDecision> decisions = new ArrayList<>();
      sections.add(
          section(disclosures.policy(), table, d, record.get(), actor, at, log, decisions));
      disclosures
          .log()
          .append(
              new Disclosure(
                  at,
                  actor,
                  table.region(),
                  d.id(),
                  ItemId.of(party.value()),
                  Disclosure.ACCESS_REPORT,
                  Purpose.PLAN,
                  Disclosure.PERMIT,
                  List.of(RULE),
                  decisions));
    }
    return new AccessReport.Produced(party, actor, at, sections, List.of(Redaction.values()));
  }

  private static boolean victimRules(Party party) {
    return party.role() == PartyRole.VICTIM || party.role() == PartyRole.INDIRECT_VICTIM;
  }

  private static AccessReport.Section section(
      NeedToKnow policy,
      TableState table,
      Dossier d,
      Party party,
      ProfessionalId actor,
      Instant at,
      List<DisclosureEntry> log,
      List<DisclosureEntry.ItemDecision> decisions) {
    boolean open = victimRules(party);
    Set<String> correctedItems = new HashSet<>();
    for (Correction c : d.corrections()) {
      if (c.kind() == CorrectionKind.ITEM_CONTENT) {
        correctedItems.add(c.subject());
      }
    }
    List<AccessReport.Item> items = new ArrayList<>();
    Set<ItemId> listed = new HashSet<>();
    Set<String> withContent = new HashSet<>();
    for (InformationItem item : d.items()) {
      if (!item.about().contains(party.id())) {
        continue;
      }
      AccessDecision decision =
          policy.decide(
              new AccessRequest(table, d, actor, AccessAction.VIEW, item.id(), Purpose.PLAN, at));
      boolean location = item.category() == InformationCategory.VICTIM_LOCATION;
      if (location && (!open || !decision.isPermit())) {
        // not even its existence: the same report as without it
        decisions.add(
            new DisclosureEntry.ItemDecision(
                item.id(), Disclosure.DENY, List.of(Redaction.VICTIM_LOCATION.name())));
        continue;
      }
      Redaction withheld = null;
      if (!decision.isPermit()) {
        withheld = Redaction.NEED_TO_KNOW_CONTENT;
      } else if (!open && item.isRestricted()) {
        withheld = Redaction.RESTRICTED_CONTENT;
      }
      boolean shown = withheld == null;
      listed.add(item.id());
      if (shown) {
        withContent.add(item.id().value());
      }
      decisions.add(
          new DisclosureEntry.ItemDecision(
              item.id(),
              shown ? Disclosure.PERMIT : Disclosure.DENY,
              shown ? decision.ruleIds() : List.of(withheld.name())));
      items.add(
          new AccessReport.Item(
              item.id(),
              item.category(),
              open ? item.contributor() : null,
              open ? item.sharedAt() : null,
              open && shown ? item.reason() : null,
              shown ? item.summary() : null,
              shown && correctedItems.contains(item.id().value()),
              withheld));
    }
    List<AccessReport.Informed> informed = new ArrayList<>();
    for (InformingRecord r : d.informingRecords()) {
      if (r.party().equals(party.id())) {
        informed.add(new AccessReport.Informed(r.at(), r.how(), false, open ? r.by() : null));
      }
    }
    for (InformingRecord r : d.planInforming()) {
      if (r.party().equals(party.id())) {
        informed.add(new AccessReport.Informed(r.at(), r.how(), true, open ? r.by() : null));
      }
    }
    List<AccessReport.Consent> consents = new ArrayList<>();
    for (ConsentRecord c : d.consents()) {
      if (c.party().equals(party.id())) {
        consents.add(
            new AccessReport.Consent(
                c.partner(), c.purpose(), c.category(), c.recordedAt(), c.withdrawnAt()));
      }
    }
    List<AccessReport.Corrected> corrections = new ArrayList<>();
    for (Correction c : d.corrections()) {
      boolean own = c.kind() == CorrectionKind.BIRTH_YEAR && c.concerns(party.id().value());
      if (own || c.kind() == CorrectionKind.ITEM_CONTENT && withContent.contains(c.subject())) {
        corrections.add(
            new AccessReport.Corrected(
                c.kind(),
                c.subject(),
                c.original(),
                c.corrected(),
                c.reason(),
                c.at(),
                open ? c.by() : null));
      }
    }
    return new AccessReport.Section(
        d.id(),
        d.status(),
        party,
        open,
        open ? d.registration().registrantPartner() : null,
        open ? d.registeredAt() : null,
        informed,
        consents,
        items,
        corrections,
        seen(table, d, listed, open, log));
  }

  /** Who saw the party's record or a listed item, from the log entries of this dossier. */
  private static List<AccessReport.Seen> seen(
      TableState table, Dossier d, Set<ItemId> listed, boolean open, List<DisclosureEntry> log) {
    List<AccessReport.Seen> seen = new ArrayList<>();
    DossierId id = d.id();
    for (DisclosureEntry e : log) {
      if (!id.equals(e.dossier())
          || !table.region().equals(e.table())
          || !e.purpose().isTablePurpose()
          || e.purpose() == Purpose.EVALUATION) {
        continue;
      }
      PartnerId partner = table.seat(e.actor()).orElse(null);
      boolean whole =
          e.action().equals(Disclosure.DOSSIER_VIEW) || e.action().equals(Disclosure.DOSSIER_READ);
      if (whole && e.outcome().equals(Disclosure.VIEW)) {
        seen.add(new AccessReport.Seen(e.at(), partner, e.action(), e.purpose(), null, List.of()));
        if (open) {
          for (DisclosureEntry.ItemDecision i : e.items()) {
            if (listed.contains(i.item()) && i.outcome().equals(Disclosure.PERMIT)) {
              seen.add(
                  new AccessReport.Seen(
                      e.at(), partner, e.action(), e.purpose(), i.item(), i.rules()));
            }
          }
        }
      } else if (e.action().equals(AccessAction.VIEW.name())
          && e.outcome().equals(Disclosure.PERMIT)
          && e.item() != null
          && listed.contains(e.item())) {
        seen.add(
            new AccessReport.Seen(
                e.at(),
                partner,
                e.action(),
                e.purpose(),
                open ? e.item() : null,
                open ? e.rules() : List.of()));
      }
    }
    return seen;
  }
}
