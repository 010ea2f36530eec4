package be.ifg.persistence.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * One step of the upcaster chain: turns the JSON of one event type at one schema version into the
 * form of the next version. Steps are pure functions of the tree and thread-safe.
 */
interface Upcaster {
  /** The event type this step reads. */
  String type();

  /** The schema version this step reads; it writes {@code fromVersion() + 1}. */
  int fromVersion();

  /**
   * Turns the record into the next version's form. May change and return the given node.
   *
   * @throws RecordProblem if the record is not of the form of {@link #fromVersion()}
   */
  ObjectNode upcast(ObjectNode record);
}
