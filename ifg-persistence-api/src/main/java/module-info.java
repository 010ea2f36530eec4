/**
 * The persistence SPI of the IFG library, the stable JSON form of its events, the in-memory default
 * adapter, and the anchors that keep the disclosure log's signed checkpoints.
 */
module be.ifg.persistence {
  requires static transitive org.apiguardian.api;
  requires transitive be.ifg.domain;
  requires com.google.common;
  requires tools.jackson.databind;

  exports be.ifg.persistence;
  exports be.ifg.persistence.anchor;
  exports be.ifg.persistence.json;
  exports be.ifg.persistence.memory;
}
