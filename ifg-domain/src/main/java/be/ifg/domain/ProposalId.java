package be.ifg.domain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Identifies a proposed plan adjustment within a dossier.
 *
 * @param value the identifier: 1 to 100 letters, digits or {@code . _ : @ -}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProposalId(String value) implements Comparable<ProposalId> {
  /** Validates the identifier. */
  public ProposalId {
    Checks.id(value, "proposal id");
  }

  /** Creates an identifier, the same as the constructor. */
  public static ProposalId of(String value) {
    return new ProposalId(value);
  }

  @Override
  public int compareTo(ProposalId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
