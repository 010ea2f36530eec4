package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.MAINTAINED;

import be.ifg.domain.CaseTable;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.TableEvent;
import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Who has signed the table's secrecy pledge (art. 458ter): the members configured as pledged plus
 * every member who signed since they joined ({@link TableEvent.PledgeSigned}), as {@link
 * TableState#pledges()} computes it. Immutable and thread-safe.
 *
 * @param signed the professionals who signed
 */
@API(status = MAINTAINED, since = "0.1")
public record Pledges(Set<ProfessionalId> signed) {
  /** Validates the set. */
  public Pledges {
    signed = ImmutableSet.copyOf(checkNotNull(signed, "signed must not be null"));
  }

  /**
   * The pledges of the members configured as pledged, before any table event: {@link
   * TableState#pledges()} of {@link TableState#of(CaseTable)}. Who has pledged later is {@link
   * TableState}'s to know.
   */
  public static Pledges of(CaseTable table) {
    return TableState.of(table).pledges();
  }

  /** Whether the professional has signed. */
  public boolean hasSigned(ProfessionalId professional) {
    return signed.contains(professional);
  }

  /** These pledges plus the given professional's. */
  public Pledges with(ProfessionalId professional) {
    return new Pledges(
        ImmutableSet.<ProfessionalId>builder().addAll(signed).add(professional).build());
  }
}
