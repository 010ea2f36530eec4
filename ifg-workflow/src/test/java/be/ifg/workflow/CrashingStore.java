package be.ifg.workflow;

import be.ifg.domain.ChainEvent;
import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.PersistenceException;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import java.util.List;
import java.util.Optional;

/**
 * A store over another whose saves of subscriptions' positions fail while {@link #crashing} is set:
 * a process that dies after its handler ran and before the position was saved.
 */
final class CrashingStore implements Store {
  private final Store store;
  volatile boolean crashing;

  CrashingStore(Store store) {
    this.store = store;
  }

  @Override
  public long append(StreamId stream, long expectedVersion, List<? extends ChainEvent> events) {
    return store.append(stream, expectedVersion, events);
  }

  @Override
  public List<RecordedEvent> read(StreamId stream) {
    return store.read(stream);
  }

  @Override
  public List<RecordedEvent> readAll(long afterPosition, int limit) {
    return store.readAll(afterPosition, limit);
  }

  @Override
  public long version(StreamId stream) {
    return store.version(stream);
  }

  @Override
  public List<StreamId> streams() {
    return store.streams();
  }

  @Override
  public boolean purge(StreamId stream) {
    return store.purge(stream);
  }

  @Override
  public void appendDisclosure(DisclosureEntry entry) {
    store.appendDisclosure(entry);
  }

  @Override
  public List<DisclosureEntry> readDisclosures(long afterSequence, int limit) {
    return store.readDisclosures(afterSequence, limit);
  }

  @Override
  public Optional<DisclosureEntry> lastDisclosure() {
    return store.lastDisclosure();
  }

  @Override
  public long position(String subscription) {
    return store.position(subscription);
  }

  @Override
  public void savePosition(String subscription, long position) {
    if (crashing) {
      throw new PersistenceException("the process died before the position was saved");
    }
    store.savePosition(subscription, position);
  }
}
