package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.CaseTable;
import be.ifg.domain.ChainEvent;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.TableEvent;
import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * Who has signed the table's secrecy pledge (art. 458ter): the members configured as pledged plus
 * every {@link TableEvent.PledgeSigned} of the table's region. Immutable and thread-safe.
 *
 * @param signed the professionals who signed
 */
public record Pledges(Set<ProfessionalId> signed) {
  /** Validates the set. */
  public Pledges {
    signed = ImmutableSet.copyOf(checkNotNull(signed, "signed must not be null"));
  }

  /**
   * The pledges of a table: its members configured as pledged, and every member who signed later
   * according to the table's own events (events of other regions and other types are ignored).
   */
  public static Pledges of(CaseTable table, Iterable<? extends ChainEvent> tableEvents) {
    ImmutableSet.Builder<ProfessionalId> b = ImmutableSet.builder();
    table.members().stream().filter(m -> m.pledged()).forEach(m -> b.add(m.id()));
    for (ChainEvent e : tableEvents) {
      if (e instanceof TableEvent.PledgeSigned p && p.region().equals(table.region())) {
        b.add(p.actor());
      }
    }
    return new Pledges(b.build());
  }

  /** The pledges of the members configured as pledged, before any table event. */
  public static Pledges of(CaseTable table) {
    return of(table, java.util.List.of());
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
