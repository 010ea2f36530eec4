package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.GoalId;
import be.ifg.domain.GoalOutcome;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.rti.Instruments;
import be.ifg.rti.json.BuiltInInstruments;
import be.ifg.rti.json.InstrumentJson;
import java.util.List;
import java.util.Set;

/** A chain approach on the test table with a hand-moved clock, and steps to walk a dossier. */
final class Chains {
  final TestClock clock = new TestClock(Tables.START);
  final ChainApproach chain;

  Chains() {
    Instruments instruments = BuiltInInstruments.catalogue();
    instruments.register(InstrumentJson.readResource("tiny-instrument.json").orElseThrow());
    chain =
        ChainApproach.builder().table(Tables.table()).clock(clock).instruments(instruments).build();
  }

  Decision does(ProfessionalId actor, Command command) {
    if (command instanceof Command.Register registration) {
      return chain.register(actor, registration);
    }
    if (command instanceof TableCommand tableCommand) {
      return chain.handle(actor, tableCommand);
    }
    return chain.handle(actor, Tables.D1, (DossierCommand) command);
  }

  void accepted(ProfessionalId actor, Command command) {
    Decision d = does(actor, command);
    assertThat(d)
        .as("%s by %s: %s", command.name(), actor, d)
        .isInstanceOf(Decision.Accepted.class);
  }

  Decision.Rejected rejected(ProfessionalId actor, Command command) {
    Decision d = does(actor, command);
    assertThat(d).as("%s by %s", command.name(), actor).isInstanceOf(Decision.Rejected.class);
    return (Decision.Rejected) d;
  }

  DossierStatus state() {
    return chain.status(chain.table().coordinator(), Tables.D1).orElseThrow().status();
  }

  DossierSummary summary(DossierId id) {
    return chain.status(chain.table().coordinator(), id).orElseThrow();
  }

  /** The full state, through the package-private door the workflow's own features use. */
  be.ifg.domain.Dossier dossier(DossierId id) {
    return chain.load(id).orElseThrow();
  }

  Chains registered() {
    accepted(Tables.LIEN, Tables.register());
    return this;
  }

  Chains building() {
    registered();
    accepted(Tables.AN, new Command.Accept());
    return this;
  }

  Chains weighing() {
    building();
    accepted(
        Tables.BART,
        new Command.ShareInformation(
            ItemId.of("i1"),
            InformationCategory.INCIDENT,
            Set.of(PartyId.of("sara")),
            "escalation",
            "three call-outs",
            Set.of()));
    accepted(Tables.AN, new Command.CompleteDossier());
    return this;
  }

  Chains ready() {
    weighing();
    accepted(Tables.AN, Tables.assess());
    accepted(Tables.AN, new Command.AppointDirector(Tables.AN));
    accepted(Tables.AN, new Command.AdoptPlan(List.of(Tables.goal("g1", "a1", "pol"))));
    return this;
  }

  Chains directing() {
    ready();
    accepted(Tables.AN, new Command.StartCaseDirection());
    return this;
  }

  Chains followingUp() {
    directing();
    accepted(
        Tables.AN, new Command.CloseGoal(GoalId.of("g1"), GoalOutcome.ACHIEVED, "team, 1 March"));
    accepted(Tables.AN, new Command.Conclude(true, "violence stopped"));
    return this;
  }
}
