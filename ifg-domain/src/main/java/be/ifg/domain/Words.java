package be.ifg.domain;

/** The domain's phrasebook: the labels of its states, roles, categories, sectors and bases. */
final class Words {
  static final Phrasebook BOOK = Phrasebook.load("words", n -> Words.class.getResourceAsStream(n));

  private Words() {}
}
