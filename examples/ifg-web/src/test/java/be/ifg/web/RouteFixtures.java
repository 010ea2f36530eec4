package be.ifg.web;

import be.ifg.domain.ActionId;
import be.ifg.domain.DossierId;
import be.ifg.domain.GoalId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SessionId;
import be.ifg.rti.Answer;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The fixtures of {@code routes.tsv}, built through the library by the demo users (eva registers,
 * an coordinates and records the table's decisions, dina becomes case director), and the secrets
 * each holds: what no response to somebody the row does not allow may show.
 */
final class RouteFixtures {
  /** The party ids of every fixture family (see {@link Families#registered}). */
  static final List<String> PARTIES = List.of("sara", "tom", "kim");

  /** The incident the police shares with the whole table in the accepted fixture. */
  static final String INCIDENT = "three call-outs to the Zandstraat flat since January";

  /** The plan's goal and action in the direction fixture. */
  static final String GOAL = "sara sleeps safely at the shelter";

  static final String ACTION = "barring order against the perpetrator";

  private RouteFixtures() {}

  /** One fixture: its dossier and session (when it has them) and its secrets. */
  record Fixture(
      String name,
      Optional<DossierId> dossier,
      Optional<SessionId> session,
      List<String> secrets,
      Set<String> locationReaders) {

    /** The route's template with the fixture's ids and fresh values put in. */
    String fill(String template) {
      String filled = template;
      if (filled.contains("{dossier}")) {
        filled =
            filled.replace("{dossier}", dossier.orElseThrow(() -> missing("{dossier}")).value());
      }
      if (filled.contains("{session}")) {
        filled =
            filled.replace("{session}", session.orElseThrow(() -> missing("{session}")).value());
      }
      filled = filled.replace("{fresh}", "f-" + UUID.randomUUID().toString().substring(0, 8));
      filled = filled.replace("{today}", LocalDate.now().toString());
      filled = filled.replace("{tomorrow}", LocalDate.now().plusDays(1).toString());
      if (filled.matches(".*\\{[a-z]+}.*")) {
        throw new IllegalArgumentException(
            "routes.tsv: "
                + template
                + " names a placeholder RouteFixtures does not know; known: {dossier} {session}"
                + " {fresh} {today} {tomorrow}");
      }
      return filled;
    }

    private IllegalArgumentException missing(String placeholder) {
      return new IllegalArgumentException(
          "routes.tsv: the fixture " + name + " has no " + placeholder);
    }

    /** The secrets found in a text: party ids as whole words, and the texts anywhere. */
    List<String> leaks(String text) {
      return secrets.stream().filter(s -> found(text, s)).toList();
    }

    /** Whether the victim's location text appears where it may not for this reader. */
    boolean locationLeaksTo(String reader, String text) {
      return !locationReaders.contains(reader) && text.contains(Families.LOCATION);
    }
  }

  static boolean found(String text, String secret) {
    if (PARTIES.contains(secret)) {
      return Pattern.compile("(?<![\\p{L}\\p{N}_-])" + secret + "(?![\\p{L}\\p{N}_-])")
          .matcher(text)
          .find();
    }
    return text.contains(secret);
  }

  /** Builds a fixture by its name in routes.tsv. */
  static Fixture build(String name, ChainApproach chain) {
    return switch (name) {
      case "none" -> new Fixture(name, Optional.empty(), Optional.empty(), List.of(), Set.of());
      case "registered" -> registered(chain);
      case "accepted" -> accepted(chain);
      case "direction" -> direction(chain);
      case "session" -> session(chain);
      default ->
          throw new IllegalArgumentException(
              "routes.tsv: unknown fixture "
                  + name
                  + "; known: none, registered, accepted, direction, session");
    };
  }

  /** What a registration holds: the parties, how sara was informed, why tom was not. */
  private static List<String> registrationSecrets() {
    return List.of(
        "sara", "tom", "kim", "conversation at home", "informing him now would endanger sara");
  }

  /** Registered by eva, not yet decided. */
  static Fixture registered(ChainApproach chain) {
    DossierId id = Families.registered(chain);
    return new Fixture(
        "registered", Optional.of(id), Optional.empty(), registrationSecrets(), Set.of());
  }

  /**
   * Accepted by the table (an); the police shares an incident with the table, the CAW the victim's
   * location with the CAW only.
   */
  static Fixture accepted(ChainApproach chain) {
    DossierId id = Families.acceptedWithLocation(chain);
    Families.handle(
        chain,
        "bart",
        id,
        new Command.ShareInformation(
            ItemId.of("inc-" + id.value()),
            InformationCategory.INCIDENT,
            Set.of(PartyId.of("sara")),
            "the pattern of violence",
            INCIDENT,
            Set.of()));
    return new Fixture(
        "accepted", Optional.of(id), Optional.empty(), acceptedSecrets(), Set.of("an"));
  }

  private static List<String> acceptedSecrets() {
    List<String> secrets = new java.util.ArrayList<>(registrationSecrets());
    secrets.add(Families.LOCATION);
    secrets.add("needed to plan her safety");
    secrets.add(INCIDENT);
    return List.copyOf(secrets);
  }

  /**
   * Accepted, the dossier completed and assessed, dina (VK) appointed case director, the plan
   * adopted, case direction started: all by an, who records the table's decisions.
   */
  static Fixture direction(ChainApproach chain) {
    Fixture accepted = accepted(chain);
    DossierId id = accepted.dossier().orElseThrow();
    Families.handle(chain, "an", id, new Command.CompleteDossier());
    Families.handle(chain, "an", id, assessment());
    Families.handle(chain, "an", id, new Command.AppointDirector(ProfessionalId.of("dina")));
    Families.handle(
        chain,
        "an",
        id,
        new Command.AdoptPlan(
            List.of(
                new Command.PlannedGoal(
                    GoalId.of("g1"),
                    GOAL,
                    List.of(
                        new Command.PlannedAction(
                            ActionId.of("a1"),
                            ACTION,
                            PartnerId.of("pol"),
                            LocalDate.now().plusMonths(1)))))));
    Families.handle(chain, "an", id, new Command.StartCaseDirection());
    List<String> secrets = new java.util.ArrayList<>(accepted.secrets());
    secrets.add(GOAL);
    secrets.add(ACTION);
    return new Fixture(
        "direction", Optional.of(id), Optional.empty(), List.copyOf(secrets), Set.of("an", "dina"));
  }

  /** A table session scheduled by an a week ahead, and a registration (by eva) to decide in it. */
  static Fixture session(ChainApproach chain) {
    Fixture registered = registered(chain);
    SessionId session = SessionId.of("s-" + UUID.randomUUID().toString().substring(0, 8));
    Families.accepted(
        chain.handle(
            ProfessionalId.of("an"),
            new Command.ScheduleSession(session, Instant.now().plus(Duration.ofDays(7)))));
    return new Fixture(
        "session", registered.dossier(), Optional.of(session), registered.secrets(), Set.of());
  }

  /** A complete assessment with the built-in demo instrument (two items left unanswered). */
  static Command.Assess assessment() {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String yesNo :
        List.of(
            "physical-recent",
            "weapon",
            "breathing",
            "threat-to-life",
            "control",
            "separation",
            "substances",
            "child-present",
            "child-harmed",
            "baby",
            "support-network",
            "safety-plan",
            "safe-place",
            "services-involved")) {
      answers.put(yesNo, Answer.no());
    }
    answers.put("severity", Answer.ordinal(1));
    answers.put("frequency", Answer.ordinal(1));
    answers.put("accepts-help", Answer.ordinal(1));
    answers.put("agreements-broken", Answer.count(0));
    return new Command.Assess("ifg-demo", "1.0.0", answers, null);
  }
}
