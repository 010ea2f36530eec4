package be.ifg.domain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A value with a name a person reads, in each {@link Language}: the states, roles, categories and
 * legal bases of the domain, the commands and rules of the workflow. {@link Phrasebook} renders a
 * labelled argument of a sentence in the sentence's language.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Labelled {
  /** The label in the language. */
  String label(Language language);

  /**
   * The label in the language with this tag.
   *
   * @throws IllegalArgumentException if the tag is not {@code nl}, {@code fr} or {@code en}
   */
  default String label(String language) {
    return label(Language.of(language));
  }
}
