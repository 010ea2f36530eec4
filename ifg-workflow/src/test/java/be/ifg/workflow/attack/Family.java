package be.ifg.workflow.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.ActionId;
import be.ifg.domain.CaseTable;
import be.ifg.domain.DossierId;
import be.ifg.domain.GoalId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.TableMember;
import be.ifg.persistence.Store;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.rti.Instruments;
import be.ifg.rti.json.BuiltInInstruments;
import be.ifg.rti.json.InstrumentJson;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.DossierCommand;
import be.ifg.workflow.TableCommand;
import be.ifg.workflow.Tables;
import be.ifg.workflow.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The world every attack starts from, built through the public API alone: a case table in
 * West-Vlaanderen, a family registered by a school's pupil guidance officer, and a clock moved by
 * hand. Attack tests live outside {@code be.ifg.workflow} on purpose: an attacker has the public
 * API, nothing more.
 */
final class Family {
  static final String REGION = "west-vlaanderen";
  static final ProfessionalId AN = ProfessionalId.of("an"); // caw, coordinator
  static final ProfessionalId BART = ProfessionalId.of("bart"); // pol
  static final ProfessionalId EMRE = ProfessionalId.of("emre"); // ggz
  static final ProfessionalId FIEN = ProfessionalId.of("fien"); // jh
  static final ProfessionalId NIELS = ProfessionalId.of("niels"); // sh, has not pledged
  static final ProfessionalId KEES = ProfessionalId.of("kees"); // caw, not at the table
  static final ProfessionalId LIEN = ProfessionalId.of("lien"); // clb, the registrant
  static final ProfessionalId STRANGER = ProfessionalId.of("stranger");
  static final DossierId D1 = DossierId.of("d1");
  static final ItemId INCIDENT = ItemId.of("i1"); // pol's, for the whole table
  static final ItemId SHELTER = ItemId.of("i2"); // caw's victim location
  static final ItemId UNKNOWN = ItemId.of("i9"); // never shared
  static final Instant START = Instant.parse("2026-02-02T08:00:00Z");

  final TestClock clock = new TestClock(START);

  /** Whether every command moves the clock a minute (a frozen world keeps every event at once). */
  boolean ticking = true;

  final Store store;
  final ChainApproach chain;

  Family() {
    this(new InMemoryStore());
  }

  Family(Store store) {
    this(store, table(REGION));
  }

  Family(Store store, CaseTable table) {
    this.store = store;
    Instruments instruments = BuiltInInstruments.catalogue();
    instruments.register(InstrumentJson.readResource("tiny-instrument.json").orElseThrow());
    this.chain =
        ChainApproach.builder()
            .table(table)
            .clock(clock)
            .instruments(instruments)
            .store(store)
            .build();
  }

  /** The table of a region: five partners, a coordinator, an unpledged member, an outsider. */
  static CaseTable table(String region) {
    return CaseTable.builder(region)
        .partner("caw", PartnerKind.CAW)
        .partner("pol", PartnerKind.LOCAL_POLICE)
        .partner("ggz", PartnerKind.MENTAL_HEALTH)
        .partner("jh", PartnerKind.JUSTICE_HOUSE)
        .partner("sh", PartnerKind.SOCIAL_HOUSE)
        .member("an", "caw")
        .member("bart", "pol")
        .member("emre", "ggz")
        .member("fien", "jh")
        .member(new TableMember(NIELS, PartnerId.of("sh"), false))
        .professional("kees", "caw")
        .professional("lien", "clb")
        .coordinator("an")
        .build();
  }

  Decision by(ProfessionalId actor, Command command) {
    if (ticking) {
      clock.advance(Duration.ofMinutes(1));
    }
    if (command instanceof Command.Register registration) {
      return chain.register(actor, registration);
    }
    if (command instanceof TableCommand tableCommand) {
      return chain.handle(actor, tableCommand);
    }
    return chain.handle(actor, D1, (DossierCommand) command);
  }

  Family ok(ProfessionalId actor, Command command) {
    Decision d = by(actor, command);
    assertThat(d)
        .as("%s by %s: %s", command.name(), actor, d)
        .isInstanceOf(Decision.Accepted.class);
    return this;
  }

  Decision.Rejected no(ProfessionalId actor, Command command) {
    Decision d = by(actor, command);
    assertThat(d).as("%s by %s", command.name(), actor).isInstanceOf(Decision.Rejected.class);
    return (Decision.Rejected) d;
  }

  static Command.Register registration(DossierId id) {
    return Tables.register(id);
  }

  static Command.ShareInformation share(
      ItemId item, InformationCategory category, String... audience) {
    Set<PartnerId> partners = new java.util.LinkedHashSet<>();
    for (String p : audience) {
      partners.add(PartnerId.of(p));
    }
    return new Command.ShareInformation(
        item,
        category,
        Set.of(PartyId.of("sara")),
        "the table needs it for sara's safety",
        "content of " + item + " (" + category + ")",
        partners);
  }

  /** Registered and accepted: dossier building, nothing shared yet. */
  Family building() {
    ok(LIEN, registration(D1));
    ok(AN, new Command.Accept());
    return this;
  }

  /** Dossier building with pol's incident and caw's victim location shared. */
  Family shared() {
    building();
    ok(BART, share(INCIDENT, InformationCategory.INCIDENT));
    ok(AN, share(SHELTER, InformationCategory.VICTIM_LOCATION));
    return this;
  }

  /** In case direction with the given director, appointed by the coordinator. */
  Family directedBy(ProfessionalId director) {
    shared();
    return direct(director);
  }

  /**
   * From dossier building to case direction with the given director, appointed by the coordinator.
   */
  Family direct(ProfessionalId director) {
    ok(AN, new Command.CompleteDossier());
    ok(AN, assess());
    ok(AN, new Command.AppointDirector(director));
    ok(
        AN,
        new Command.AdoptPlan(
            List.of(
                new Command.PlannedGoal(
                    GoalId.of("g1"),
                    "sara is safe at home",
                    List.of(
                        new Command.PlannedAction(
                            ActionId.of("a1"),
                            "barring order",
                            PartnerId.of("pol"),
                            LocalDate.of(2026, 3, 1)))))));
    ok(AN, new Command.StartCaseDirection());
    return this;
  }

  static Command.Assess assess() {
    return Tables.assess();
  }
}
