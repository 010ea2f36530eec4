package be.ifg.workflow;

/** What an actor asks to do with a pooled information item. */
public enum AccessAction {
  /** Read the item at the table (inzien). */
  VIEW("inzien", "view"),
  /** Pass the item on to somebody outside the table (doorgeven): never permitted. */
  FORWARD("doorgeven", "forward");

  private final String nl;
  private final String en;

  AccessAction(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /** The label in the given language: {@code nl} gives Dutch, anything else English. */
  public String label(String language) {
    return "nl".equals(language) ? nl : en;
  }
}
