package be.ifg.workflow;

import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.DisclosureStore;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.VersionConflict;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A disclosure store that lets a test do what an attacker with database access could do. */
final class TamperableStore implements DisclosureStore {
  private final List<DisclosureEntry> entries = new ArrayList<>();

  @Override
  public synchronized void appendDisclosure(DisclosureEntry entry) {
    if (entry.sequence() != entries.size() + 1L) {
      throw new VersionConflict(
          new StreamId("table:disclosure-log"), entry.sequence() - 1, entries.size());
    }
    entries.add(entry);
  }

  @Override
  public synchronized List<DisclosureEntry> readDisclosures(long afterSequence, int limit) {
    int from = (int) Math.min(afterSequence, entries.size());
    int to = Math.min(from + limit, entries.size());
    return ImmutableList.copyOf(entries.subList(from, to));
  }

  @Override
  public synchronized Optional<DisclosureEntry> lastDisclosure() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
  }

  /** Replaces entries by tombstones as a store does, without its checks. */
  @Override
  public synchronized void tombstone(List<DisclosureEntry> tombstones) {
    for (DisclosureEntry t : tombstones) {
      entries.set((int) t.sequence() - 1, t);
    }
  }

  synchronized DisclosureEntry get(int index) {
    return entries.get(index);
  }

  synchronized void replace(int index, DisclosureEntry entry) {
    entries.set(index, entry);
  }

  synchronized void remove(int index) {
    entries.remove(index);
  }

  synchronized void swap(int i, int j) {
    Collections.swap(entries, i, j);
  }

  synchronized int size() {
    return entries.size();
  }

  /** An entry with one field changed, its hash left as it was. */
  static DisclosureEntry withOutcome(DisclosureEntry e, String outcome) {
    return new DisclosureEntry(
        e.sequence(),
        e.at(),
        e.actor(),
        e.table(),
        e.dossier(),
        e.item(),
        e.action(),
        e.purpose(),
        outcome,
        e.rules(),
        e.items(),
        e.previousHash(),
        e.hash());
  }

  /** An entry with another sequence number, its hash left as it was. */
  static DisclosureEntry withSequence(DisclosureEntry e, long sequence) {
    return new DisclosureEntry(
        sequence,
        e.at(),
        e.actor(),
        e.table(),
        e.dossier(),
        e.item(),
        e.action(),
        e.purpose(),
        e.outcome(),
        e.rules(),
        e.items(),
        e.previousHash(),
        e.hash());
  }
}
