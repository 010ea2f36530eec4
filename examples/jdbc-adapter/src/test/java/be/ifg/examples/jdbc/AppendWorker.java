package be.ifg.examples.jdbc;

import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.tck.SampleEvents;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The child process of {@link CrashTests}: appends three events at a time to three streams in turn,
 * and prints {@code ACK stream version} on its own line after each append returned (was committed).
 * It stops by itself after two minutes or 100,000 appends; the test kills it long before.
 */
public final class AppendWorker {
  private AppendWorker() {}

  /**
   * Runs the worker.
   *
   * @param args the JDBC URL of the store
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long deadline = System.nanoTime() + 120_000_000_000L;
    try (Store store = JdbcStore.open(args[0])) {
      out.println("READY");
      for (int i = 0; i < 100_000 && System.nanoTime() < deadline; i++) {
        DossierId dossier = DossierId.of("crash-" + (i % 3));
        StreamId stream = StreamId.dossier(dossier);
        long version = store.version(stream);
        List<DossierEvent> three =
            List.of(
                SampleEvents.note(dossier, i + "-1"),
                SampleEvents.note(dossier, i + "-2"),
                SampleEvents.note(dossier, i + "-3"));
        long acknowledged = store.append(stream, version, three);
        out.println("ACK " + stream + " " + acknowledged);
      }
    }
  }
}
