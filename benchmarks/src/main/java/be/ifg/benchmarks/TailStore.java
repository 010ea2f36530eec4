package be.ifg.benchmarks;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.RegionEvents;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.memory.InMemoryStore;
import java.util.List;
import java.util.Optional;

/**
 * An {@link InMemoryStore} for the events and a {@link TailDisclosureStore} for the disclosure log:
 * a benchmark that asks millions of questions measures the library's cost per question (deciding,
 * hashing, the log entry) without the memory of millions of entries. Confined to one thread.
 */
final class TailStore implements Store {
  private final InMemoryStore events = new InMemoryStore();
  private final TailDisclosureStore disclosures = new TailDisclosureStore();

  @Override
  public long append(StreamId stream, long expectedVersion, List<? extends ChainEvent> list) {
    return events.append(stream, expectedVersion, list);
  }

  @Override
  public List<RecordedEvent> read(StreamId stream) {
    return events.read(stream);
  }

  @Override
  public List<RecordedEvent> readAll(long afterPosition, int limit) {
    return events.readAll(afterPosition, limit);
  }

  @Override
  public RegionEvents readRegion(long afterPosition, int limit, String region) {
    return events.readRegion(afterPosition, limit, region);
  }

  @Override
  public long version(StreamId stream) {
    return events.version(stream);
  }

  @Override
  public List<StreamId> streams() {
    return events.streams();
  }

  @Override
  public boolean purge(StreamId stream) {
    return events.purge(stream);
  }

  @Override
  public void appendDisclosure(DisclosureEntry entry) {
    disclosures.appendDisclosure(entry);
  }

  @Override
  public List<DisclosureEntry> readDisclosures(long afterSequence, int limit) {
    return disclosures.readDisclosures(afterSequence, limit);
  }

  @Override
  public Optional<DisclosureEntry> lastDisclosure() {
    return disclosures.lastDisclosure();
  }

  @Override
  public long position(String subscription) {
    return events.position(subscription);
  }

  @Override
  public void savePosition(String subscription, long position) {
    events.savePosition(subscription, position);
  }
}
