/**
 * The conformance kit of the IFG persistence SPI: abstract JUnit 5 test classes that an adapter's
 * tests extend, and sample events of every type.
 */
open module be.ifg.persistence.tck {
  requires static transitive org.apiguardian.api;
  requires transitive be.ifg.persistence;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires com.google.common;

  exports be.ifg.persistence.tck;
}
