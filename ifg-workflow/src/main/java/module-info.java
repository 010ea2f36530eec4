/**
 * The chain approach at work: the dossier lifecycle, plan and case direction, the agenda, consent,
 * informing and need-to-know, and the SDK entry point.
 */
module be.ifg.workflow {
  requires static transitive org.apiguardian.api;
  requires transitive be.ifg.domain;
  requires transitive be.ifg.persistence;
  requires transitive be.ifg.rti;
  requires com.google.common;

  exports be.ifg.workflow;
}
