/**
 * Risk-assessment instruments as data: loading and complete validation, content hashes, a versioned
 * catalogue, scoring that explains itself, local wording and built-in instruments.
 */
module be.ifg.rti {
  requires static transitive org.apiguardian.api;
  requires transitive be.ifg.domain;
  requires com.google.common;
  // transitive for be.ifg.rti.json only, whose signatures take and give JsonNode; be.ifg.rti has
  // none
  requires transitive tools.jackson.databind;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports be.ifg.rti;
  exports be.ifg.rti.json;
}
