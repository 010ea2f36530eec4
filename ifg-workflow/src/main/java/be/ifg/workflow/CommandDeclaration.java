package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.DossierStatus;
import be.ifg.domain.Labelled;
import be.ifg.domain.Language;
import be.ifg.domain.Phrase;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Everything the library says about one command, in one place: its class, the dossier states it is
 * allowed in, where it moves the dossier, who may give it, its guards with their reason codes and
 * its labels. {@link Commands#all()} holds one declaration per command; the {@link Lifecycle}, its
 * diagrams, the guard table of the documentation, the scenario reader's registry and the decisions'
 * dispatch are derived from them. Immutable and thread-safe.
 *
 * @param type the command's record class
 * @param kind whether it registers, belongs to a dossier or to the table
 * @param allowedIn the dossier states it is allowed in (empty for a registration or a table
 *     command)
 * @param target where it moves the dossier (a registration: the state it creates the dossier in),
 *     or {@code null} when it records without moving
 * @param movesFrom the states of {@code allowedIn} it moves the dossier from; in the others it
 *     records without moving
 * @param by who may give it, in words (phrasebook key {@code command.by.<who>})
 * @param byRegistrant whether the dossier's registrant may give it without being a member
 *     (recording informing)
 * @param guards what else it needs, each with the reason code a rejection carries
 * @param label its label (phrasebook key {@code command.<name>.label})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CommandDeclaration(
    Class<? extends Command> type,
    Kind kind,
    Set<DossierStatus> allowedIn,
    @Nullable DossierStatus target,
    Set<DossierStatus> movesFrom,
    Phrase by,
    boolean byRegistrant,
    List<Guard> guards,
    Phrase label)
    implements Labelled {

  /** What a command acts on. */
  public enum Kind {
    /** {@link Command.Register}: creates a dossier. */
    REGISTRATION,
    /** A {@link DossierCommand}: acts in one dossier, in the states that allow it. */
    DOSSIER,
    /** A {@link TableCommand}: acts on the table, whatever any dossier's state. */
    TABLE
  }

  /**
   * One guard of a command: what it needs, and the code of the reason given when it does not hold.
   *
   * @param code the reason code of a rejection
   * @param text what the command needs, in words (phrasebook key {@code
   *     command.<name>.guard.<CODE>})
   */
  public record Guard(ReasonCode code, Phrase text) {
    /** Checks that the parts are present. */
    public Guard {
      checkNotNull(code, "code");
      checkNotNull(text, "text");
    }

    /** What the command needs, in the language. */
    public String text(Language language) {
      return text.text(language);
    }
  }

  /**
   * Checks the declaration against itself and the sealed command hierarchy.
   *
   * @throws IllegalArgumentException if the kind does not match the class, or a dossier command is
   *     allowed nowhere
   */
  public CommandDeclaration {
    checkNotNull(type, "type");
    checkNotNull(kind, "kind");
    allowedIn = ImmutableSet.copyOf(allowedIn);
    movesFrom = ImmutableSet.copyOf(movesFrom);
    checkNotNull(by, "by");
    guards = ImmutableList.copyOf(guards);
    checkNotNull(label, "label");
    checkArgument(kind == kindOf(type), "%s is a %s command, not %s", type, kindOf(type), kind);
    checkArgument(kind != Kind.DOSSIER || !allowedIn.isEmpty(), "%s is allowed in no state", type);
    checkArgument(
        allowedIn.containsAll(movesFrom), "%s moves from states it is not allowed in", type);
    checkArgument(
        (target == null) == (movesFrom.isEmpty() && kind != Kind.REGISTRATION),
        "%s: a target needs states to move from, and states to move from need a target",
        type);
  }

  /** The kind of a command class, read from the sealed hierarchy. */
  static Kind kindOf(Class<? extends Command> type) {
    if (type == Command.Register.class) {
      return Kind.REGISTRATION;
    }
    return TableCommand.class.isAssignableFrom(type) ? Kind.TABLE : Kind.DOSSIER;
  }

  /** The command's name as the scenario format spells it, e.g. {@code shareInformation}. */
  public String name() {
    return nameOf(type);
  }

  /** The name of a command class as the scenario format spells it. */
  static String nameOf(Class<? extends Command> type) {
    String simple = type.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /** The state the command leaves a dossier in when given in the state. */
  public DossierStatus targetFrom(DossierStatus from) {
    return target != null && movesFrom.contains(from) ? target : from;
  }

  /**
   * The guard in English, as the diagrams and the guard table of {@code docs/workflow.md} show it:
   * who may give the command, then what else it needs.
   */
  public String guardText() {
    return guardText(Language.EN);
  }

  /** The guard in the language: who may give the command, then what else it needs. */
  public String guardText(Language language) {
    String who = by.text(language);
    if (guards.isEmpty()) {
      return who;
    }
    return who
        + "; "
        + guards.stream().map(g -> g.text(language)).collect(Collectors.joining(", "));
  }

  /** Who may give the command, in the language. */
  public String by(Language language) {
    return by.text(language);
  }

  /** The reason codes of the command's own guards, in order of declaration, each once. */
  public Set<ReasonCode> reasonCodes() {
    return guards.stream().map(Guard::code).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The label in the language, e.g. {@code informatie delen}, {@code partager une information} or
   * {@code share information}. {@link #label(String)} takes a tag and refuses any but {@code nl},
   * {@code fr} and {@code en}.
   */
  @Override
  public String label(Language language) {
    return label.text(language);
  }
}
