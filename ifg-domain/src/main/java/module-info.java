/**
 * The language of the chain approach to family violence: identifiers, the case table, the client
 * system, registration, information, the plan, the assessment reference, events and the dossier
 * state as a fold of its events.
 */
module be.ifg.domain {
  requires static transitive org.apiguardian.api;
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;
  requires static org.immutables.value;

  exports be.ifg.domain;
}
