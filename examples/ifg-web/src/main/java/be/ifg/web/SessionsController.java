package be.ifg.web;

import be.ifg.domain.PartnerId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.SessionId;
import be.ifg.domain.TableEvent;
import be.ifg.workflow.AgendaEntry;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.MinutesEntry;
import be.ifg.workflow.TableState;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The table's sessions and membership: the list of sessions for a member with standing, a session's
 * agenda and minutes as the library answers them, and the coordinator's forms (schedule a session,
 * seat a member, record that a member leaves). The forms are shown to the coordinator only, but the
 * library decides every command: a form posted by anybody else is refused with its reasons.
 */
@Controller
class SessionsController {
  private static final DateTimeFormatter SESSION_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);

  private final ChainApproach chain;
  private final CommandRunner commands;
  private final Clock clock;

  SessionsController(ChainApproach chain, CommandRunner commands, Clock clock) {
    this.chain = chain;
    this.commands = commands;
    this.clock = clock;
  }

  /** A session as the list shows it: its id and start in the table's zone. */
  record Listed(String id, ZonedDateTime startsAt) {}

  @GetMapping("/sessions")
  String sessions(@Actors.SignedIn ProfessionalId actor, Model model) {
    TableState table = chain.tableState();
    boolean standing = table.hasStanding(actor);
    List<Listed> sessions =
        standing
            ? table.sessions().stream()
                .sorted(Comparator.comparing(TableEvent.SessionScheduled::startsAt))
                .map(s -> new Listed(s.session().value(), s.startsAt().atZone(clock.getZone())))
                .toList()
            : List.of();
    boolean coordinating = standing && table.coordinator().equals(actor);
    model.addAttribute("standing", standing);
    model.addAttribute("sessions", sessions);
    model.addAttribute("coordinating", coordinating);
    model.addAttribute(
        "members",
        coordinating
            ? table.table().members().stream()
                .filter(m -> !m.id().equals(table.coordinator()))
                .toList()
            : List.of());
    model.addAttribute("partners", coordinating ? table.table().partners() : List.of());
    model.addAttribute(
        "earliest", LocalDateTime.now(clock).plusMinutes(1).withSecond(0).withNano(0));
    return "sessions";
  }

  @PostMapping("/sessions")
  String schedule(
      @Actors.SignedIn ProfessionalId actor,
      @RequestParam(name = "startsAt", required = false) @Nullable String startsAt,
      Locale locale,
      RedirectAttributes redirect) {
    commands.table(
        actor,
        () -> {
          ZonedDateTime when =
              LocalDateTime.parse(Forms.required(startsAt)).atZone(clock.getZone());
          SessionId id =
              SessionId.of(
                  "s-"
                      + SESSION_ID.format(when)
                      + "-"
                      + UUID.randomUUID().toString().substring(0, 4));
          return new Command.ScheduleSession(id, when.toInstant());
        },
        locale,
        redirect);
    return "redirect:/sessions";
  }

  @PostMapping("/table/join")
  String join(
      @Actors.SignedIn ProfessionalId actor,
      @RequestParam(name = "member", required = false) @Nullable String member,
      @RequestParam(name = "partner", required = false) @Nullable String partner,
      @RequestParam(name = "pledged", required = false) @Nullable String pledged,
      Locale locale,
      RedirectAttributes redirect) {
    commands.table(
        actor,
        () ->
            new Command.JoinTable(
                ProfessionalId.of(Forms.required(member)),
                PartnerId.of(Forms.required(partner)),
                Forms.text(pledged).isPresent()),
        locale,
        redirect);
    return "redirect:/sessions";
  }

  @PostMapping("/table/leave")
  String leave(
      @Actors.SignedIn ProfessionalId actor,
      @RequestParam(name = "member", required = false) @Nullable String member,
      Locale locale,
      RedirectAttributes redirect) {
    commands.table(
        actor,
        () -> new Command.LeaveTable(ProfessionalId.of(Forms.required(member))),
        locale,
        redirect);
    return "redirect:/sessions";
  }

  @GetMapping("/sessions/{session}")
  String session(
      @Actors.SignedIn ProfessionalId actor,
      @PathVariable String session,
      Model model,
      HttpServletResponse response) {
    SessionId id = sessionId(session);
    // both questions go to the library (and its log) first, whoever asks
    List<AgendaEntry> agenda = chain.sessionAgenda(actor, id);
    List<MinutesEntry> minutes = chain.minutes(actor, id);
    TableState table = chain.tableState();
    if (!table.hasStanding(actor)) {
      model.addAttribute("findings", List.of());
      return DossierController.refusedPage(model, response);
    }
    Optional<TableEvent.SessionScheduled> scheduled = table.session(id);
    if (scheduled.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("sessionId", id.value());
    model.addAttribute("startsAt", scheduled.get().startsAt().atZone(clock.getZone()));
    model.addAttribute("agenda", agenda);
    model.addAttribute("minutes", minutes);
    model.addAttribute("zone", clock.getZone());
    return "session";
  }

  /** The session id of a path; a malformed one is answered as an unknown session (404). */
  static SessionId sessionId(String value) {
    try {
      return SessionId.of(value);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}
