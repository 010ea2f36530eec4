package be.ifg.persistence.tck;

import be.ifg.persistence.Store;
import be.ifg.persistence.memory.InMemoryStore;

/** The in-memory adapter passes the kit. Reopening it is the identity: it keeps data in the JVM. */
class InMemoryStoreConformanceTests extends StoreConformance {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
