package be.ifg.web;

import be.ifg.domain.ActionId;
import be.ifg.domain.DossierId;
import be.ifg.domain.GoalId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.PartyId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.RequestId;
import be.ifg.domain.SessionId;
import be.ifg.rti.Answer;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

  static final String ACTION = "a safety plan made with the victim";

  static final String ACTION_2 = "a check on the child at school every week";

  private RouteFixtures() {}

  /** The placeholders a fixture may fill besides {fresh}, {today} and {tomorrow}. */
  static final List<String> PLACEHOLDERS = List.of("dossier", "session", "request", "member");

  /**
   * One fixture: its ids by placeholder ({@code dossier}, {@code session}, {@code request}, {@code
   * member}), its secrets, and who may read its victim location.
   */
  record Fixture(
      String name, Map<String, String> ids, List<String> secrets, Set<String> locationReaders) {

    /** The fixture's dossier, if it has one. */
    Optional<DossierId> dossier() {
      return Optional.ofNullable(ids.get("dossier")).map(DossierId::of);
    }

    /** The fixture with one more id. */
    Fixture with(String placeholder, String id) {
      Map<String, String> more = new LinkedHashMap<>(ids);
      more.put(placeholder, id);
      return new Fixture(name, Map.copyOf(more), secrets, locationReaders);
    }

    /** The fixture under another name, with more secrets. */
    Fixture as(String newName, List<String> moreSecrets) {
      List<String> all = new ArrayList<>(secrets);
      all.addAll(moreSecrets);
      return new Fixture(newName, ids, List.copyOf(all), locationReaders);
    }

    /** The route's template (or a body) with the fixture's ids and fresh values put in. */
    String fill(String template) {
      String filled = template;
      for (String placeholder : PLACEHOLDERS) {
        String p = "{" + placeholder + "}";
        if (filled.contains(p)) {
          String id = ids.get(placeholder);
          if (id == null) {
            throw new IllegalArgumentException(
                "routes.tsv: the fixture " + name + " has no " + p + " (" + template + ")");
          }
          filled = filled.replace(p, id);
        }
      }
      while (filled.contains("{fresh}")) {
        filled =
            filled.replaceFirst("\\{fresh}", "f-" + UUID.randomUUID().toString().substring(0, 8));
      }
      filled = filled.replace("{today}", LocalDate.now().toString());
      filled = filled.replace("{tomorrow}", LocalDate.now().plusDays(1).toString());
      if (filled.matches("(?s).*\\{[A-Za-z]+}.*")) {
        throw new IllegalArgumentException(
            "routes.tsv: "
                + template
                + " names a placeholder RouteFixtures does not know; known: {dossier} {session}"
                + " {request} {member} {fresh} {today} {tomorrow}");
      }
      return filled;
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
      case "none" -> new Fixture(name, Map.of(), List.of(), Set.of());
      case "registered" -> registered(chain);
      case "accepted" -> accepted(chain);
      case "direction" -> direction(chain);
      case "session" -> session(chain);
      case "requested" -> requested(chain);
      case "member" -> member(chain);
      default ->
          throw new IllegalArgumentException(
              "routes.tsv: unknown fixture "
                  + name
                  + "; known: none, registered, accepted, direction, session, requested, member");
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
        "registered", Map.of("dossier", id.value()), registrationSecrets(), Set.of());
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
    return new Fixture("accepted", Map.of("dossier", id.value()), acceptedSecrets(), Set.of("an"));
  }

  private static List<String> acceptedSecrets() {
    List<String> secrets = new ArrayList<>(registrationSecrets());
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
                            PartnerId.of("caw"),
                            LocalDate.now().plusMonths(1)),
                        new Command.PlannedAction(
                            ActionId.of("a2"),
                            ACTION_2,
                            PartnerId.of("vk"),
                            LocalDate.now().plusMonths(2)))))));
    Families.handle(chain, "an", id, new Command.StartCaseDirection());
    Fixture direction = accepted.as("direction", List.of(GOAL, ACTION, ACTION_2));
    return new Fixture("direction", direction.ids(), direction.secrets(), Set.of("an", "dina"));
  }

  /** A table session scheduled by an a week ahead, and a registration (by eva) to decide in it. */
  static Fixture session(ChainApproach chain) {
    Fixture registered = registered(chain);
    SessionId session = SessionId.of("s-" + UUID.randomUUID().toString().substring(0, 8));
    Families.accepted(
        chain.handle(
            ProfessionalId.of("an"),
            new Command.ScheduleSession(session, Instant.now().plus(Duration.ofDays(7)))));
    return registered.as("session", List.of()).with("session", session.value());
  }

  /** The question bart (pol) asks jh in the requested fixture. */
  static final String QUESTION = "is a probation measure for the perpetrator running";

  /** Accepted as above, then bart (pol) asked jh a question: one open request, {request}. */
  static Fixture requested(ChainApproach chain) {
    Fixture accepted = accepted(chain);
    DossierId id = accepted.dossier().orElseThrow();
    String request = "r-" + UUID.randomUUID().toString().substring(0, 8);
    Families.handle(
        chain,
        "bart",
        id,
        new Command.RequestInformation(
            RequestId.of(request), PartnerId.of("jh"), QUESTION, LocalDate.now().plusWeeks(2)));
    return accepted.as("requested", List.of(QUESTION)).with("request", request);
  }

  /**
   * A fresh professional seated by an for the VK, pledged: {member} (to leave the table, say), and
   * no dossier.
   */
  static Fixture member(ChainApproach chain) {
    String member = "m-" + UUID.randomUUID().toString().substring(0, 8);
    Families.accepted(
        chain.handle(
            ProfessionalId.of("an"),
            new Command.JoinTable(ProfessionalId.of(member), PartnerId.of("vk"), true)));
    return new Fixture("member", Map.of("member", member), List.of(), Set.of());
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
