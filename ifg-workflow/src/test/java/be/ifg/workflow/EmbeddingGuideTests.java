package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CaseTable;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.Language;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.SafetyMeasure;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The program of docs/embedding.md, with a fixed clock and assertions on what it prints. */
class EmbeddingGuideTests {

  @Test
  void runsTheEmbeddingGuideAsWritten() {
    Clock clock = Clock.fixed(Instant.parse("2026-02-02T08:00:00Z"), ZoneId.of("Europe/Brussels"));
    LocalDate today = LocalDate.now(clock);
    CaseTable table =
        CaseTable.builder("west-vlaanderen")
            .partner("caw", PartnerKind.CAW)
            .partner("pol", PartnerKind.LOCAL_POLICE)
            .partner("jh", PartnerKind.JUSTICE_HOUSE)
            .member("an", "caw")
            .member("bart", "pol")
            .member("fien", "jh")
            .professional("lien", "clb")
            .coordinator("an")
            .build();
    ChainApproach chain = ChainApproach.builder().table(table).clock(clock).build();

    ProfessionalId lien = ProfessionalId.of("lien");
    ProfessionalId an = ProfessionalId.of("an");
    ProfessionalId bart = ProfessionalId.of("bart");
    ProfessionalId fien = ProfessionalId.of("fien");
    DossierId d1 = DossierId.of("d1");

    Decision registered =
        chain.register(
            lien,
            new Command.Register(
                d1,
                List.of(
                    Party.of("sara", PartyRole.VICTIM, 1991),
                    Party.of("tom", PartyRole.PERPETRATOR, 1988)),
                Set.of(InclusionCriterion.UNSAFETY),
                List.of(new Command.Informing(PartyId.of("sara"), "conversation at school")),
                List.of(
                    new Command.Deferral(
                        PartyId.of("tom"),
                        "informing him now would endanger sara",
                        today.plusWeeks(4))),
                DangerAssessment.of(true, SafetyMeasure.SAFETY_PLAN)));
    assertThat(registered).isInstanceOf(Decision.Accepted.class);

    assertThat(chain.handle(an, d1, new Command.Accept())).isInstanceOf(Decision.Accepted.class);
    assertThat(
            chain.handle(
                bart,
                d1,
                new Command.ShareInformation(
                    ItemId.of("i1"),
                    InformationCategory.INCIDENT,
                    Set.of(PartyId.of("sara"), PartyId.of("tom")),
                    "three call-outs show escalation",
                    "call-outs on 3 Nov, 28 Dec, 30 Jan",
                    Set.of())))
        .isInstanceOf(Decision.Accepted.class);

    assertThat(chain.status(an, d1).orElseThrow().status())
        .isEqualTo(DossierStatus.DOSSIER_BUILDING);
    DossierView view = chain.view(fien, d1, Purpose.PLAN);
    assertThat(view.shownItemIds()).containsExactly(ItemId.of("i1"));
    assertThat(chain.agenda(an, today.plusWeeks(5)))
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(AgendaKind.INFORMING_REVIEW);
              assertThat(e.overdue()).isTrue();
            });
    assertThat(chain.verifyLog()).isInstanceOf(LogVerification.Intact.class);
    // one entry each: the summary, the view and the agenda
    assertThat(chain.audit()).hasSize(3);

    // section 3, reading a dossier page
    DossierPage page = chain.read(fien, d1, Purpose.PLAN);
    List<String> printed = new ArrayList<>();
    if (page instanceof DossierPage.Shown shown) {
      DossierPage.Registration registration = shown.registration().facts().orElseThrow();
      printed.add(
          "registered by "
              + registration.registrant()
              + ", "
              + registration.parties().size()
              + " people");
      for (DossierPage.Deferral deferral : registration.deferrals()) {
        printed.add(
            deferral.party()
                + " not informed until "
                + deferral.reviewBy()
                + deferral.reasonIfKnown().map(r -> ": " + r).orElse(""));
      }
      for (DossierPage.Step step : shown.timeline().facts().orElseThrow()) {
        printed.add(step.at() + " " + step.text().text(Language.NL));
      }
    } else {
      printed.add("nothing to show: " + page.ruleIds());
    }
    assertThat(printed)
        .startsWith("registered by lien, 2 people", "tom not informed until " + today.plusWeeks(4))
        .anySatisfy(line -> assertThat(line).endsWith("lien meldde het gezin aan (2 personen)"))
        .anySatisfy(
            line ->
                assertThat(line).endsWith("an noteerde dat de overlegtafel het dossier aanvaardde"))
        .anySatisfy(line -> assertThat(line).contains("bart deelde informatie i1"));
    assertThat(chain.read(an, d1, Purpose.PLAN))
        .isInstanceOfSatisfying(
            DossierPage.Shown.class,
            s ->
                assertThat(
                        s.registration().facts().orElseThrow().deferrals().get(0).reasonIfKnown())
                    .hasValue("informing him now would endanger sara"));
    assertThat(chain.read(an, d1, Purpose.EVALUATION))
        .isInstanceOfSatisfying(
            DossierPage.Shown.class, s -> assertThat(s.plan().facts()).isEmpty());
    assertThat(chain.read(lien, d1, Purpose.PLAN)).isInstanceOf(DossierPage.Refused.class);
    assertThat(chain.audit()).hasSize(7);
  }
}
