package be.ifg.examples.jdbc;

import be.ifg.persistence.Store;
import be.ifg.persistence.tck.StoreConformance;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC adapter passes the kit on an embedded H2 file database. */
class H2StoreConformanceTests extends StoreConformance {
  @TempDir Path directory;

  private String url() {
    return "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath();
  }

  @Override
  protected Store newStore() {
    return JdbcStore.open(url());
  }

  @Override
  protected Store reopen(Store store) {
    store.close();
    return JdbcStore.open(url());
  }
}
