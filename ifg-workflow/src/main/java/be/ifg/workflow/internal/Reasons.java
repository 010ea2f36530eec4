package be.ifg.workflow.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.INTERNAL;

import be.ifg.domain.DossierStatus;
import be.ifg.domain.Labelled;
import be.ifg.domain.Language;
import be.ifg.domain.Phrase;
import be.ifg.domain.Phrasebook;
import be.ifg.workflow.Reason;
import be.ifg.workflow.ReasonCode;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/*
 * The words of the workflow's reasons: reasons_nl/fr/en.properties next to this class, one text
 * per key in each language. Keys name the subject and what is wrong with it (state.not-allowed,
 * informing.deferral-without-reason); the parts a sentence is built from have their own prefixes:
 * act.* (what a guard says only some may do), field.* (a text a command must fill in) and what.* (a
 * step that needs something). Values a sentence names (a purpose, a status) are the domain's
 * labelled constants, with their labels from the domain's phrasebook: one name per concept.
 *
 * The English texts are the messages the workflow has always given, byte for byte: scenarios and
 * applications match on them. Where English named a constant (SAFETY, INCOMPLETE, REGISTERED), it
 * still does, and Dutch and French read the constant's label instead.
 */

/**
 * The workflow's phrasebook of reasons, loaded once; a missing or malformed text fails the first
 * decision (and the build's tests). Thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class Reasons {
  private static final Phrasebook BOOK =
      Phrasebook.load("reasons", n -> Reasons.class.getResourceAsStream(n));

  private Reasons() {}

  /** The book of every reason text, for tests and tools that list the workflow's words. */
  public static Phrasebook book() {
    return BOOK;
  }

  /**
   * A reason with the text of a key.
   *
   * @throws IllegalArgumentException if the book has no such key or the key takes another number of
   *     arguments
   */
  public static Reason reason(ReasonCode code, String key, Object... arguments) {
    return new Reason(code, BOOK.phrase(key, arguments));
  }

  /** A part of a sentence: an act, a field, a value. */
  static Phrase phrase(String key, Object... arguments) {
    return BOOK.phrase(key, arguments);
  }

  /** A labelled constant that English names by its constant, Dutch and French by its label. */
  static <E extends Enum<E> & Labelled> Phrase coded(E constant) {
    checkNotNull(constant, "constant");
    return Phrase.of(constant.label(Language.NL), constant.label(Language.FR), constant.name());
  }

  /**
   * A dossier status as the table calls it: its Dutch label in English too, as the English message
   * has always quoted the Flemish term next to the constant; its French label in French.
   */
  static Phrase tableTerm(DossierStatus status) {
    return Phrase.of(
        status.label(Language.NL), status.label(Language.FR), status.label(Language.NL));
  }

  /** States a command is allowed in: the set as English has always shown it, labels otherwise. */
  static Phrase states(Set<DossierStatus> states) {
    if (states.isEmpty()) {
      Phrase none = BOOK.phrase("states.none");
      return Phrase.of(none.text(Language.NL), none.text(Language.FR), states.toString());
    }
    return Phrase.of(labels(states, Language.NL), labels(states, Language.FR), states.toString());
  }

  private static String labels(Set<DossierStatus> states, Language language) {
    return states.stream().map(s -> s.label(language)).collect(Collectors.joining(", "));
  }
}
