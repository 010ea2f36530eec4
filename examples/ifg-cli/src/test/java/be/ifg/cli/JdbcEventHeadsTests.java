package be.ifg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CaseTable;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierId;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.examples.jdbc.JdbcStore;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.anchor.FileLogAnchor;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.LogSigner;
import be.ifg.workflow.LogVerification;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events' heads on an H2 store (issue 15): the application signs them with {@code
 * checkpointLog()} into a file anchor; a stream cut at its end by JDBC reads intact, but the
 * verification against the anchor after a restart finds it, while events appended after the
 * checkpoint do not disturb it.
 */
class JdbcEventHeadsTests {
  private static final KeyPair KEYS = LogSigner.generateKeyPair();
  private static final ProfessionalId AN = ProfessionalId.of("an");
  private static final DossierId D1 = DossierId.of("d1");
  private static final CaseTable TABLE =
      CaseTable.builder("west-vlaanderen")
          .partner("caw", PartnerKind.CAW)
          .partner("pol", PartnerKind.LOCAL_POLICE)
          .member("an", "caw")
          .member("bart", "pol")
          .professional("lien", "clb")
          .coordinator("an")
          .build();

  @TempDir Path directory;

  private String url() {
    return "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath();
  }

  private FileLogAnchor anchor() {
    return new FileLogAnchor(directory.resolve("anchor.log"));
  }

  private ChainApproach chain(JdbcStore store) {
    return ChainApproach.builder()
        .table(TABLE)
        .clock(Clock.fixed(Instant.parse("2026-02-05T13:00:00Z"), ZoneOffset.UTC))
        .store(store)
        .anchor(anchor(), LogSigner.of(KEYS))
        .checkpointEvery(10)
        .build();
  }

  private static void accepted(Decision d) {
    assertThat(d).as("%s", d).isInstanceOf(Decision.Accepted.class);
  }

  /** A registered and accepted dossier, its heads signed. */
  private void written() {
    try (JdbcStore store = JdbcStore.open(url())) {
      ChainApproach chain = chain(store);
      registered(chain, D1);
      accepted(chain.handle(AN, D1, new Command.Accept()));
      assertThat(chain.checkpointLog().events()).isNotNull();
    }
  }

  private static void registered(ChainApproach chain, DossierId id) {
    accepted(
        chain.register(
            ProfessionalId.of("lien"),
            new Command.Register(
                id,
                List.of(
                    Party.of("sara", PartyRole.VICTIM, 1991),
                    Party.of("tom", PartyRole.PERPETRATOR, 1988)),
                Set.of(InclusionCriterion.UNSAFETY),
                List.of(new Command.Informing(PartyId.of("sara"), "conversation at school")),
                List.of(
                    new Command.Deferral(
                        PartyId.of("tom"),
                        "informing him now would endanger sara",
                        LocalDate.parse("2026-03-02"))),
                DangerAssessment.of(true))));
  }

  private LogVerification verifiedAfterRestart() {
    try (JdbcStore store = JdbcStore.open(url())) {
      return ChainApproach.builder()
          .table(TABLE)
          .store(store)
          .build()
          .verifyLog(KEYS.getPublic(), anchor());
    }
  }

  @Test
  void eventsAppendedAfterTheCheckpointKeepTheStoreIntact() {
    written();
    try (JdbcStore store = JdbcStore.open(url())) {
      registered(chain(store), DossierId.of("d2"));
    }

    assertThat(verifiedAfterRestart().isIntact()).isTrue();
  }

  @Test
  void aStreamCutAtItsEndByJdbcIsFoundAgainstTheAnchor() throws SQLException {
    written();
    String stream = StreamId.dossier(TABLE.region(), D1).value();
    try (Connection c = DriverManager.getConnection(url());
        PreparedStatement p =
            c.prepareStatement(
                "DELETE FROM ifg_event WHERE stream = ? AND version ="
                    + " (SELECT MAX(version) FROM ifg_event WHERE stream = ?)")) {
      p.setString(1, stream);
      p.setString(2, stream);
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
    try (JdbcStore store = JdbcStore.open(url())) {
      assertThat(store.read(StreamId.dossier(TABLE.region(), D1))).hasSize(1); // reads intact
    }

    LogVerification v = verifiedAfterRestart();

    assertThat(v).isInstanceOf(LogVerification.Broken.class);
    assertThat(((LogVerification.Broken) v).reason())
        .startsWith("the events' heads differ from the checkpoint of ");

    // the operator's command finds it too
    Path key = directory.resolve("log.pub");
    LogSigner.writePublicKey(KEYS.getPublic(), key);
    IfgRun verify =
        IfgRun.ifg(
            "store",
            "verify",
            "--store",
            url(),
            "--public-key",
            key.toString(),
            "--anchor",
            directory.resolve("anchor.log").toString());
    assertThat(verify.code()).as(verify.out() + verify.err()).isOne();
    assertThat(verify.out()).contains("the events' heads differ from the checkpoint of ");
  }
}
