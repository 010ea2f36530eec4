package be.ifg.domain;

/** The domain's phrasebook: the labels of its states, roles, categories, sectors and bases. */
final class Words {
  static final Phrasebook BOOK = Phrasebook.load("words", n -> Words.class.getResourceAsStream(n));

  private Words() {}

  /** The label of an enum constant: the key is {@code Type.CONSTANT}. */
  static String label(Enum<?> constant, Language language) {
    return BOOK.text(
        language, constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }
}
