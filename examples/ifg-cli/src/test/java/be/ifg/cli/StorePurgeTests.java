package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ifg store purge} on an H2 store a scenario was played on, and what verify says after. */
class StorePurgeTests {
  private static final Path SCENARIOS = Path.of("..", "scenarios");

  @TempDir Path directory;

  /** A store with the declined registration (d1) of a scenario played in March 2026. */
  private String played() {
    String url = "jdbc:h2:file:" + directory.resolve("declined").toAbsolutePath();
    IfgRun run =
        ifg(
            "scenario",
            "run",
            SCENARIOS.resolve("declined-registration.json").toString(),
            "--store",
            url);
    assertThat(run.code()).as(run.out() + run.err()).isZero();
    return url;
  }

  @Test
  void purgesTheEndedDossiersAndTheLogStillVerifies() {
    String url = played();

    IfgRun purge = ifg("store", "purge", "--store", url, "--older-than", "P1D");

    assertThat(purge.code()).as(purge.out() + purge.err()).isZero();
    assertThat(purge.out())
        .contains("table oost-vlaanderen: purged 1 dossier(s) that ended longer than P1D ago")
        .contains("disclosure log entries about them are now tombstones")
        .doesNotContain("sara");
    IfgRun verify = ifg("store", "verify", "--store", url);
    assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("tombstone(s) of 1 purge(s)");
    IfgRun again = ifg("store", "purge", "--store", url, "--older-than", "P1D");
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("no dossier ended longer than P1D ago, nothing was purged");
  }

  @Test
  void aDryRunRemovesNothing() {
    String url = played();

    IfgRun dry = ifg("store", "purge", "--store", url, "--older-than", "P1D", "--dry-run");

    assertThat(dry.code()).as(dry.out() + dry.err()).isZero();
    assertThat(dry.out()).contains("would purge 1 dossier(s)").contains("dry run");
    IfgRun verify = ifg("store", "verify", "--store", url);
    assertThat(verify.out()).doesNotContain("tombstone");
    assertThat(ifg("store", "purge", "--store", url, "--older-than", "P1D").out())
        .contains("purged 1 dossier(s)");
  }

  @Test
  void speaksDutchAndFrench() {
    String url = played();

    IfgRun nl =
        ifg(
            "--language",
            "nl",
            "store",
            "purge",
            "--store",
            url,
            "--older-than",
            "P1D",
            "--dry-run");
    IfgRun fr = ifg("--language", "fr", "store", "purge", "--store", url, "--older-than", "P1D");

    assertThat(nl.out()).contains("zou 1 dossier(s) wissen").contains("proefdraai");
    assertThat(fr.out()).contains("1 dossier(s) terminé(s) il y a plus de P1D effacé(s)");
  }

  @Test
  void refusesAPurgeByAMemberWhoIsNotTheCoordinator() {
    String url = played();

    IfgRun purge = ifg("store", "purge", "--store", url, "--older-than", "P1D", "--as", "bart");

    assertThat(purge.code()).isEqualTo(Ifg.INVALID);
    assertThat(purge.out())
        .contains("the purge was refused, nothing was removed")
        .contains("only the coordinator");
    assertThat(ifg("store", "verify", "--store", url).out()).doesNotContain("tombstone");
  }

  @Test
  void saysInOneLineWhatIsWrongWithThePeriodOrTheStore() {
    String url = played();
    for (String bad : new String[] {"5Y", "P0D", "P-1Y", "five years"}) {
      IfgRun purge = ifg("store", "purge", "--store", url, "--older-than", bad);

      assertThat(purge.code()).as(bad).isEqualTo(Ifg.UNUSABLE);
      assertThat(purge.err())
          .contains("--older-than: '" + bad + "' is not a retention period longer than zero")
          .doesNotContain("Exception");
      assertThat(purge.err().strip().lines()).hasSize(1);
    }
    IfgRun store = ifg("store", "purge", "--store", directory.toString(), "--older-than", "P5Y");
    assertThat(store.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(store.err()).contains("is not a JDBC URL").doesNotContain("Exception");
  }

  @Test
  void verifyFindsAnEditedTombstone() throws SQLException {
    String url = played();
    ifg("store", "purge", "--store", url, "--older-than", "P1D");
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement p =
            c.prepareStatement(
                "UPDATE ifg_disclosure SET payload = REPLACE(payload, '\"content\":\"sha256:',"
                    + " '\"content\":\"sha256:0') WHERE payload LIKE '%purgedBy%'")) {
      assertThat(p.executeUpdate()).isPositive();
    }

    IfgRun verify = ifg("store", "verify", "--store", url);

    assertThat(verify.code()).isEqualTo(Ifg.INVALID);
    assertThat(verify.out()).contains("the tombstone was changed");
  }

  @Test
  void aPurgeSignedWithTheApplicationsKeyVerifiesAgainstTheAnchorAndAnUnsignedOneDoesNot() {
    String url = played();
    String privateKey = directory.resolve("app.key").toString();
    String publicKey = directory.resolve("app.pub").toString();
    String anchor = directory.resolve("anchor.log").toString();
    assertThat(ifg("store", "keygen", "--private", privateKey, "--public", publicKey).code())
        .isZero();

    IfgRun signed =
        ifg(
            "store",
            "purge",
            "--store",
            url,
            "--older-than",
            "P1D",
            "--private-key",
            privateKey,
            "--public-key",
            publicKey,
            "--anchor",
            anchor);
    IfgRun verify =
        ifg("store", "verify", "--store", url, "--public-key", publicKey, "--anchor", anchor);

    assertThat(signed.code()).as(signed.out() + signed.err()).isZero();
    assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("tombstone(s) of 1 purge(s)");

    IfgRun unsigned = ifg("store", "purge", "--store", url, "--older-than", "P1D");
    IfgRun after =
        ifg("store", "verify", "--store", url, "--public-key", publicKey, "--anchor", anchor);

    assertThat(unsigned.code()).isZero();
    assertThat(after.code()).isEqualTo(Ifg.INVALID);
    assertThat(after.out()).contains("is a purge without a signed checkpoint of its own");
  }
}
