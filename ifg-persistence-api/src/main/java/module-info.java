/** The persistence SPI of the IFG library and its in-memory default adapter. */
module be.ifg.persistence {
  requires transitive be.ifg.domain;

  exports be.ifg.persistence;
  exports be.ifg.persistence.memory;
}
