package be.ifg.workflow;

import be.ifg.domain.Phrase;
import be.ifg.domain.Phrasebook;

/*
 * The keys of the workflow's phrasebook (be/ifg/workflow/words_{nl,fr,en}.properties):
 *
 *   Type.CONSTANT                     the label of an enum constant (AccessAction, AgendaKind)
 *   rule.<id>                         what a baseline rule means (BaselineRule.description)
 *   rule.<id>.permit[.<case>]         a finding that allows, with its arguments
 *   rule.<id>.deny[.<case>]           a finding that refuses
 *   command.<name>.label              a command's label, e.g. command.shareInformation.label
 *   command.<name>.guard.<CODE>       a command's guard, by the reason code of a rejection
 *   command.by.<who>                  who may give a command, e.g. command.by.coordinator
 *
 * The book is loaded when the class is first used: a key missing in one language, a blank text or
 * placeholders that differ between languages fail the first test that touches the module.
 */

/** The workflow's phrasebook: labels, command guards and the sentences of the rules' findings. */
final class Words {
  static final Phrasebook BOOK = Phrasebook.load("words", n -> Words.class.getResourceAsStream(n));

  private Words() {}

  /**
   * The phrase of a key with its arguments, written in a language when first read.
   *
   * @throws IllegalArgumentException if the book has no such key or the arguments do not fit it
   */
  static Phrase phrase(String key, Object... arguments) {
    return BOOK.phrase(key, arguments);
  }
}
