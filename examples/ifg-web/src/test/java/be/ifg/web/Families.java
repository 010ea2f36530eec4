package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierId;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.DossierCommand;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Families for the tests, put into the demo table through the library (not through pages): eva (a
 * professional of the city) registers, an (the coordinator) has the table accept.
 */
public final class Families {
  static final String LOCATION = "shelter on the Zandstraat";

  private Families() {}

  /** A fresh dossier id, so that tests sharing one application do not meet. */
  static DossierId fresh() {
    return DossierId.of("t-" + UUID.randomUUID().toString().substring(0, 8));
  }

  /** Registers a family of three (sara victim, tom perpetrator, kim child). */
  static DossierId registered(ChainApproach chain) {
    DossierId id = fresh();
    accepted(chain.register(ProfessionalId.of("eva"), registration(id)));
    return id;
  }

  /**
   * The registration of the tests' family as {@code id}: sara (victim, informed), tom (perpetrator,
   * informing deferred for safety), kim (a child, indirect victim), danger present.
   */
  public static Command.Register registration(DossierId id) {
    return new Command.Register(
        id,
        List.of(
            Party.of("sara", PartyRole.VICTIM, 1991),
            Party.of("tom", PartyRole.PERPETRATOR, 1988),
            Party.of("kim", PartyRole.INDIRECT_VICTIM, 2016)),
        Set.of(InclusionCriterion.UNSAFETY),
        List.of(new Command.Informing(PartyId.of("sara"), "conversation at home")),
        List.of(
            new Command.Deferral(
                PartyId.of("tom"),
                "informing him now would endanger sara",
                LocalDate.now().plusWeeks(2))),
        DangerAssessment.of(true));
  }

  /** Registers and accepts, then the CAW shares the victim's location with itself only. */
  static DossierId acceptedWithLocation(ChainApproach chain) {
    DossierId id = registered(chain);
    handle(chain, "an", id, new Command.Accept(null));
    handle(
        chain,
        "an",
        id,
        new Command.ShareInformation(
            ItemId.of("loc-" + id.value()),
            InformationCategory.VICTIM_LOCATION,
            Set.of(PartyId.of("sara")),
            "needed to plan her safety",
            LOCATION,
            Set.of(PartnerId.of("caw"))));
    return id;
  }

  static void handle(ChainApproach chain, String who, DossierId id, DossierCommand command) {
    accepted(chain.handle(ProfessionalId.of(who), id, command));
  }

  static void accepted(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Accepted.class);
  }

  // --- The assessment, plan and director pages: dossiers in weighing and in case direction ---

  /** The demo instrument every built-in catalogue holds. */
  static be.ifg.rti.Instrument demoInstrument(ChainApproach chain) {
    return chain.instruments().latest("ifg-demo").orElseThrow();
  }

  /** An answer to every item of an instrument that adds nothing to the score. */
  static java.util.Map<String, be.ifg.rti.Answer> calmAnswers(be.ifg.rti.Instrument instrument) {
    java.util.Map<String, be.ifg.rti.Answer> answers = new java.util.LinkedHashMap<>();
    for (be.ifg.rti.Item item : instrument.items()) {
      be.ifg.rti.Answer answer =
          switch (item.type()) {
            case YES_NO -> be.ifg.rti.Answer.no();
            case ORDINAL -> be.ifg.rti.Answer.ordinal(item.options().get(0));
            case CHOICE ->
                item.choices().stream()
                    .min(java.util.Comparator.comparing(be.ifg.rti.ChoiceOption::weight))
                    .map(c -> be.ifg.rti.Answer.choice(c.value()))
                    .orElseThrow();
            case COUNT -> be.ifg.rti.Answer.count(0);
            case EVENTS -> new be.ifg.rti.Answer.Events(List.of());
          };
      answers.put(item.id(), answer);
    }
    return answers;
  }

  /** Registered, accepted and completed by an (the coordinator): the table weighs it. */
  static DossierId weighing(ChainApproach chain) {
    DossierId id = registered(chain);
    handle(chain, "an", id, new Command.Accept(null));
    handle(chain, "an", id, new Command.CompleteDossier());
    return id;
  }

  /** Weighing, a complete assessment, a plan adopted (one goal, two actions), no director yet. */
  static DossierId planned(ChainApproach chain) {
    DossierId id = weighing(chain);
    be.ifg.rti.Instrument demo = demoInstrument(chain);
    handle(chain, "an", id, new Command.Assess(demo.id(), demo.version(), calmAnswers(demo), null));
    handle(
        chain,
        "an",
        id,
        new Command.AdoptPlan(
            List.of(
                new Command.PlannedGoal(
                    be.ifg.domain.GoalId.of("g1"),
                    "sara and kim are safe at home",
                    List.of(
                        new Command.PlannedAction(
                            be.ifg.domain.ActionId.of("a1"),
                            "safety plan with sara",
                            PartnerId.of("caw"),
                            LocalDate.now().plusWeeks(3)),
                        new Command.PlannedAction(
                            be.ifg.domain.ActionId.of("a2"),
                            "check on kim at school",
                            PartnerId.of("vk"),
                            LocalDate.now().plusWeeks(4)))))));
    return id;
  }

  /** Planned, dina (VK) appointed case director, case direction started. */
  static DossierId direction(ChainApproach chain) {
    DossierId id = planned(chain);
    handle(chain, "an", id, new Command.AppointDirector(ProfessionalId.of("dina")));
    handle(chain, "an", id, new Command.StartCaseDirection());
    return id;
  }
}
