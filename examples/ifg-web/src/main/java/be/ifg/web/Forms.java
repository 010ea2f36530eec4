package be.ifg.web;

import be.ifg.domain.DossierId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Reading the parts of a request: ids from the path, optional fields. */
final class Forms {
  private Forms() {}

  /**
   * The dossier id of a path; a malformed one is answered as an unknown dossier (404), so the
   * answer is the same as for a dossier that does not exist.
   */
  static DossierId dossier(String value) {
    try {
      return DossierId.of(value);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  /** A field's text, trimmed, or empty when blank or absent. */
  static Optional<String> text(@Nullable String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** A required field's text, trimmed; blank fails the command's own check. */
  static String required(@Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a required field is empty");
    }
    return value.trim();
  }
}
