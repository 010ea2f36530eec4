package be.ifg.workflow;

import static be.ifg.workflow.BasicChain.item;
import static be.ifg.workflow.BasicChain.who;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierId;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChainApproachDisclosureTests {
  private static final DossierId D1 = DossierId.of("d1");

  private final ChainApproach chain =
      ChainApproach.builder()
          .table(BasicChain.table())
          .clock(Clock.fixed(Instant.parse("2026-02-05T13:00:00Z"), ZoneId.of("Europe/Brussels")))
          .policy(NeedToKnow.baseline().withRegionRule(RegionRule.mentalHealthConsent()))
          .build();

  private void accepted(Decision d) {
    assertThat(d).isInstanceOf(Decision.Accepted.class);
  }

  private void family() {
    accepted(
        chain.register(
            who("lien"),
            new Command.Register(
                D1,
                List.of(
                    Party.of("sara", PartyRole.VICTIM, 1991),
                    Party.of("tom", PartyRole.PERPETRATOR, 1988),
                    Party.of("kim", PartyRole.INDIRECT_VICTIM, 2017)),
                Set.of(InclusionCriterion.UNSAFETY, InclusionCriterion.MULTIPLE_PARTNERS),
                List.of(new Command.Informing(PartyId.of("sara"), "conversation at school")),
                List.of(
                    new Command.Deferral(
                        PartyId.of("tom"), "would endanger sara", LocalDate.parse("2026-03-02"))),
                DangerAssessment.of(true))));
    accepted(chain.handle(who("an"), D1, new Command.Accept()));
    accepted(
        chain.handle(
            who("bart"),
            D1,
            new Command.ShareInformation(
                item("i1"),
                InformationCategory.INCIDENT,
                Set.of(PartyId.of("sara"), PartyId.of("tom")),
                "three call-outs show escalation",
                "call-outs on 3 Nov, 28 Dec, 30 Jan",
                Set.of())));
    accepted(
        chain.handle(
            who("an"),
            D1,
            new Command.ShareInformation(
                item("i2"),
                InformationCategory.VICTIM_LOCATION,
                Set.of(PartyId.of("sara"), PartyId.of("kim")),
                "safe contact route",
                "sara and kim stay at the shelter",
                Set.<PartnerId>of())));
  }

  @Test
  void answersTheNeedToKnowStepsOfTheExample() {
    family();
    assertThat(
            chain.decide(who("emre"), AccessAction.VIEW, D1, item("i1"), Purpose.PLAN).isPermit())
        .isTrue();
    assertThat(
            chain.decide(who("fien"), AccessAction.VIEW, D1, item("i2"), Purpose.PLAN).isPermit())
        .isFalse();
    assertThat(
            chain.decide(who("lien"), AccessAction.VIEW, D1, item("i1"), Purpose.PLAN).isPermit())
        .isFalse();
    assertThat(
            chain
                .decide(who("bart"), AccessAction.FORWARD, D1, item("i1"), Purpose.SAFETY)
                .isPermit())
        .isFalse();
    DossierView fien = chain.view(who("fien"), D1, Purpose.PLAN);
    assertThat(fien.shownItemIds()).containsExactly(item("i1"));
    assertThat(fien.toString()).doesNotContain("shelter");
  }

  @Test
  void logsEveryCallInAChainThatVerifies() {
    family();
    AccessDecision unused =
        chain.decide(who("emre"), AccessAction.VIEW, D1, item("i1"), Purpose.PLAN);
    DossierView view = chain.view(who("an"), D1, Purpose.SAFETY);
    assertThat(view.shownItemIds()).containsExactly(item("i1"), item("i2"));
    assertThat(chain.audit()).as("one entry per question, a view included").hasSize(2);
    assertThat(chain.audit().get(1).action()).isEqualTo(Disclosure.DOSSIER_VIEW);
    assertThat(chain.audit().get(1).items()).hasSize(2);
    assertThat(chain.verifyLog())
        .isEqualTo(new LogVerification.Intact(2, chain.audit().get(1).hash()));
  }

  @Test
  void honoursGrantsAndPledgesRecordedThroughCommands() {
    family();
    accepted(
        chain.handle(
            who("an"), D1, new Command.GrantAccess(item("i2"), who("fien"), Purpose.SAFETY)));
    assertThat(
            chain.decide(who("fien"), AccessAction.VIEW, D1, item("i2"), Purpose.SAFETY).ruleIds())
        .contains("victim-location-grant");
    assertThat(
            chain.decide(who("ilse"), AccessAction.VIEW, D1, item("i1"), Purpose.SAFETY).ruleIds())
        .as("without the pledge nothing of the item is told, not even that it exists")
        .containsExactly("pledge-signed", "known-item");
    accepted(chain.handle(who("ilse"), new Command.SignPledge()));
    assertThat(chain.pledges().hasSigned(who("ilse"))).isTrue();
    assertThat(
            chain.decide(who("ilse"), AccessAction.VIEW, D1, item("i1"), Purpose.SAFETY).isPermit())
        .isTrue();
  }

  @Test
  void listsInformingAndConsent() {
    family();
    DossierView view = chain.view(who("an"), D1, Purpose.PLAN);
    assertThat(view).isInstanceOf(DossierView.Itemized.class);
    List<InformingStatus> informing = ((DossierView.Itemized) view).informing();
    assertThat(informing)
        .extracting(InformingStatus::party)
        .extracting(PartyId::value)
        .containsExactly("sara", "tom", "kim");
    assertThat(informing.get(0).isInformed()).isTrue();
    assertThat(informing.get(1).pendingDeferral()).isPresent();
    assertThat(informing.get(2).exercisesOwnRights()).isFalse();
    assertThat(informing.get(2).exercisedBy()).containsExactly(PartyId.of("sara"));
    assertThat(((DossierView.Itemized) view).consents().entries()).isEmpty();
    assertThat(chain.view(who("lien"), D1, Purpose.PLAN))
        .as("informing records reach only those the policy lets see the dossier")
        .isInstanceOf(DossierView.Refused.class);
    assertThat(chain.policy().regionRules()).hasSize(1);
  }

  @Test
  void tellsWhyInformingWasDeferredOnlyToThoseWhoMayKnow() {
    family();
    InformingStatus coordinators = informingOfTom(who("an"));
    assertThat(coordinators.pendingDeferral().orElseThrow().reasonIfKnown())
        .as("the coordinator may know why the perpetrator is not informed yet")
        .isPresent();
    InformingStatus members = informingOfTom(who("emre"));
    assertThat(members.pendingDeferral())
        .as("every member learns that tom is not to be informed yet, and until when")
        .isPresent();
    assertThat(members.pendingDeferral().orElseThrow().reasonIfKnown())
        .as("but not why: the same as a dossier page tells them")
        .isEmpty();
    assertThat(members.pendingDeferral().orElseThrow().reviewBy())
        .isEqualTo(coordinators.pendingDeferral().orElseThrow().reviewBy());
  }

  private InformingStatus informingOfTom(ProfessionalId reader) {
    DossierView view = chain.view(reader, D1, Purpose.PLAN);
    assertThat(view).isInstanceOf(DossierView.Itemized.class);
    return ((DossierView.Itemized) view).informing().get(1);
  }

  @Test
  void answersAboutAHiddenVictimLocationAsAboutAnItemThatDoesNotExist() {
    family();
    for (String actor : List.of("fien", "lien", "ilse")) {
      for (AccessAction action : AccessAction.values()) {
        AccessDecision hidden = chain.decide(who(actor), action, D1, item("i2"), Purpose.PLAN);
        AccessDecision unknown = chain.decide(who(actor), action, D1, item("i9"), Purpose.PLAN);
        assertThat(hidden.ruleIds()).as(actor + " " + action).isEqualTo(unknown.ruleIds());
        assertThat(hidden.ruleIds()).doesNotContain("victim-location");
        for (int r = 0; r < hidden.rules().size(); r++) {
          for (String lang : List.of("en", "nl")) {
            assertThat(hidden.rules().get(r).text(lang))
                .isEqualTo(unknown.rules().get(r).text(lang).replace("i9", "i2"));
          }
        }
        assertThat(hidden.toString()).doesNotContain("caw").doesNotContain("victim");
      }
    }
    assertThat(chain.audit())
        .as("the log keeps the rules that really decided, for the auditor")
        .anySatisfy(e -> assertThat(e.rules()).contains("victim-location"));
    assertThat(chain.decide(who("an"), AccessAction.VIEW, D1, item("i2"), Purpose.PLAN).isPermit())
        .isTrue();
    assertThat(
            chain.decide(who("an"), AccessAction.FORWARD, D1, item("i2"), Purpose.PLAN).ruleIds())
        .as("the contributor knows the item: it hears the real reason")
        .containsExactly("no-forward");
  }

  @Test
  void rejectsAGrantOfAHiddenVictimLocationAsAGrantOfAnItemThatDoesNotExist() {
    family();
    Decision hidden =
        chain.handle(
            who("fien"), D1, new Command.GrantAccess(item("i2"), who("fien"), Purpose.SAFETY));
    Decision unknown =
        chain.handle(
            who("fien"), D1, new Command.GrantAccess(item("i9"), who("fien"), Purpose.SAFETY));
    assertThat(((Decision.Rejected) hidden).reasons().toString())
        .isEqualTo(((Decision.Rejected) unknown).reasons().toString().replace("i9", "i2"));
  }

  @Test
  void refusesAndLogsAViewOfAnUnknownDossier() {
    DossierView v = chain.view(who("an"), DossierId.of("nope"), Purpose.PLAN);
    assertThat(v).isInstanceOf(DossierView.Refused.class);
    assertThat(v.ruleIds()).containsExactly("known-dossier");
    assertThat(v.header().state()).isEmpty();
    assertThat(chain.audit())
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo("DENY"));
  }
}
