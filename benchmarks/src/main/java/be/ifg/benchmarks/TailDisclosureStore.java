package be.ifg.benchmarks;

import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.DisclosureStore;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A disclosure store that keeps only its last entry: enough for the hash chain to link each entry
 * to the one before, without the memory of millions of entries written during a benchmark. It
 * measures what the library does per disclosure (deciding, encoding, hashing), not a store.
 * Confined to one thread.
 */
final class TailDisclosureStore implements DisclosureStore {
  private @Nullable DisclosureEntry last;

  @Override
  public void appendDisclosure(DisclosureEntry entry) {
    last = entry;
  }

  @Override
  public List<DisclosureEntry> readDisclosures(long afterSequence, int limit) {
    return last != null && last.sequence() > afterSequence && limit > 0 ? List.of(last) : List.of();
  }

  @Override
  public Optional<DisclosureEntry> lastDisclosure() {
    return Optional.ofNullable(last);
  }
}
