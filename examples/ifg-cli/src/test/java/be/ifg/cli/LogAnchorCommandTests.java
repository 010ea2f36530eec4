package be.ifg.cli;

import static be.ifg.cli.IfgRun.ifg;
import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.CaseTable;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierId;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.examples.jdbc.JdbcStore;
import be.ifg.persistence.anchor.FileLogAnchor;
import be.ifg.persistence.json.EventJson;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.Disclosure;
import be.ifg.workflow.DisclosureLog;
import be.ifg.workflow.LogSigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ifg store keygen} and {@code ifg store verify --public-key … --anchor …}: an application
 * writes its disclosure log through the SDK with a signed anchor, an administrator of the database
 * tampers with it, and only the verification against the anchor finds out.
 */
class LogAnchorCommandTests {
  private static final ProfessionalId AN = ProfessionalId.of("an");
  private static final ProfessionalId BART = ProfessionalId.of("bart");
  private static final DossierId D1 = DossierId.of("d1");

  @TempDir Path directory;

  private Path privateKey;
  private Path publicKey;
  private Path anchor;
  private String url;

  @BeforeEach
  void keys() {
    privateKey = directory.resolve("log.key");
    publicKey = directory.resolve("log.pub");
    anchor = directory.resolve("disclosure-anchor.log");
    url = "jdbc:h2:file:" + directory.resolve("store").toAbsolutePath();
    IfgRun keygen =
        ifg(
            "store",
            "keygen",
            "--private",
            privateKey.toString(),
            "--public",
            publicKey.toString());
    assertThat(keygen.code()).as(keygen.out() + keygen.err()).isZero();
  }

  /** The application: a table on the JDBC store, its log anchored and signed; six disclosures. */
  private void applicationWritesItsLog() {
    CaseTable table =
        CaseTable.builder("west-vlaanderen")
            .partner("caw", PartnerKind.CAW)
            .partner("pol", PartnerKind.LOCAL_POLICE)
            .member("an", "caw")
            .member("bart", "pol")
            .professional("lien", "clb")
            .coordinator("an")
            .build();
    LogSigner signer =
        LogSigner.of(LogSigner.readPrivateKey(privateKey), LogSigner.readPublicKey(publicKey));
    try (JdbcStore store = JdbcStore.open(url)) {
      ChainApproach chain =
          ChainApproach.builder()
              .table(table)
              .clock(Clock.fixed(Instant.parse("2026-02-05T13:00:00Z"), ZoneOffset.UTC))
              .store(store)
              .anchor(new FileLogAnchor(anchor), signer)
              .build();
      accepted(
          chain.register(
              ProfessionalId.of("lien"),
              new Command.Register(
                  D1,
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
      accepted(chain.handle(AN, D1, new Command.Accept()));
      accepted(
          chain.handle(
              BART,
              D1,
              new Command.ShareInformation(
                  ItemId.of("i1"),
                  InformationCategory.INCIDENT,
                  Set.of(PartyId.of("sara"), PartyId.of("tom")),
                  "three call-outs show escalation",
                  "call-outs on 3 Nov, 28 Dec, 30 Jan",
                  Set.of())));
      for (int i = 0; i < 4; i++) {
        assertThat(
                chain.decide(AN, AccessAction.VIEW, D1, ItemId.of("i1"), Purpose.PLAN).isPermit())
            .isTrue();
      }
      assertThat(chain.view(BART, D1, Purpose.SAFETY).shownItemIds())
          .containsExactly(ItemId.of("i1"));
      assertThat(chain.audit()).as("four decisions and one view").hasSize(5);
    }
  }

  private static void accepted(Decision d) {
    assertThat(d).isInstanceOf(Decision.Accepted.class);
  }

  private IfgRun plainVerify() {
    return ifg("store", "verify", "--store", url);
  }

  private IfgRun anchoredVerify() {
    return anchoredVerify(publicKey, anchor);
  }

  private IfgRun anchoredVerify(Path key, Path anchorFile) {
    return ifg(
        "store",
        "verify",
        "--store",
        url,
        "--public-key",
        key.toString(),
        "--anchor",
        anchorFile.toString());
  }

  private void sql(String statement, Object... args) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement p = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      assertThat(p.executeUpdate()).as(statement).isPositive();
    }
  }

  @Test
  void makesAKeyPairItWillNotOverwrite() throws IOException {
    assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(Files.readString(publicKey)).startsWith("-----BEGIN PUBLIC KEY-----");
    String before = Files.readString(privateKey);

    IfgRun again =
        ifg(
            "store",
            "keygen",
            "--private",
            privateKey.toString(),
            "--public",
            directory.resolve("other.pub").toString());

    assertThat(again.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(again.err().strip())
        .isEqualTo(
            "the file " + privateKey + " exists already: ifg store keygen never overwrites it");
    assertThat(Files.readString(privateKey)).isEqualTo(before);
    assertThat(directory.resolve("other.pub")).doesNotExist();
  }

  @Test
  void verifiesALogThatMatchesItsAnchor() {
    applicationWritesItsLog();

    IfgRun verify = anchoredVerify();

    assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out())
        .contains("5 disclosure entries with an intact hash chain")
        .contains("the disclosure log matches 5 signed checkpoint(s) in " + anchor)
        .contains("covers 5 entries");
  }

  @Test
  void findsEntriesDeletedFromTheEndThatThePlainCheckMisses() throws SQLException {
    applicationWritesItsLog();
    sql("DELETE FROM ifg_disclosure WHERE sequence > ?", 4);

    IfgRun plain = plainVerify();
    IfgRun anchored = anchoredVerify();

    assertThat(plain.code()).as("fooled: " + plain.out()).isZero();
    assertThat(anchored.code()).as(anchored.out() + anchored.err()).isOne();
    assertThat(anchored.out())
        .contains(
            "PROBLEM disclosure log, sequence 5: the log holds 4 entries but the checkpoint of"
                + " 2026-02-05T13:00:00Z covers 5: entries were removed from the end");
  }

  @Test
  void findsAChainRecomputedWithFreshHashesThatThePlainCheckMisses() throws SQLException {
    applicationWritesItsLog();
    // the administrator turns entry 2 from a permit into a deny and recomputes every hash, so the
    // chain is intact again
    List<DisclosureEntry> real;
    try (JdbcStore store = JdbcStore.open(url)) {
      real = store.readDisclosures(0, 100);
    }
    DisclosureLog forger = new DisclosureLog(new InMemoryStore());
    for (DisclosureEntry e : real) {
      forger.append(
          new Disclosure(
              e.at(),
              e.actor(),
              e.tableRegion().orElse("west-vlaanderen"),
              e.dossier(),
              e.item(),
              e.action(),
              e.purpose(),
              e.sequence() == 2 ? "DENY" : e.outcome(),
              e.rules(),
              e.items()));
    }
    for (DisclosureEntry forged : forger.entries()) {
      sql(
          "UPDATE ifg_disclosure SET payload = ? WHERE sequence = ?",
          EventJson.writeDisclosure(forged),
          forged.sequence());
    }

    IfgRun plain = plainVerify();
    IfgRun anchored = anchoredVerify();

    assertThat(plain.code()).as("fooled: " + plain.out()).isZero();
    assertThat(plain.out()).contains("intact hash chain");
    assertThat(anchored.code()).as(anchored.out() + anchored.err()).isOne();
    assertThat(anchored.out())
        .contains("PROBLEM disclosure log, sequence 2: entry 2's hash differs from the checkpoint")
        .contains("the log was rewritten");
  }

  @Test
  void findsAnEditedEntryAsThePlainCheckDoes() throws SQLException {
    applicationWritesItsLog();
    sql(
        "UPDATE ifg_disclosure SET payload = REPLACE(payload, '\"outcome\":\"PERMIT',"
            + " '\"outcome\":\"DENY') WHERE sequence = 3");

    IfgRun anchored = anchoredVerify();

    assertThat(anchored.code()).isOne();
    assertThat(anchored.out())
        .containsOnlyOnce("PROBLEM disclosure log, sequence 3")
        .contains("the entry was changed");
  }

  @Test
  void refusesCheckpointsOfAnUntrustedKey() {
    applicationWritesItsLog();
    Path otherPublic = directory.resolve("other.pub");
    assertThat(
            ifg(
                    "store",
                    "keygen",
                    "--private",
                    directory.resolve("other.key").toString(),
                    "--public",
                    otherPublic.toString())
                .code())
        .isZero();

    IfgRun verify = anchoredVerify(otherPublic, anchor);

    assertThat(verify.code()).isOne();
    assertThat(verify.out()).contains("which is not a trusted key");
    assertThat(
            ifg(
                    "store",
                    "verify",
                    "--store",
                    url,
                    "--public-key",
                    otherPublic.toString(),
                    "--public-key",
                    publicKey.toString(),
                    "--anchor",
                    anchor.toString())
                .code())
        .as("both keys of a rotation trusted")
        .isZero();
  }

  @Test
  void needsBothTheKeyAndTheAnchor() {
    IfgRun keyOnly = ifg("store", "verify", "--store", url, "--public-key", publicKey.toString());
    IfgRun anchorOnly = ifg("store", "verify", "--store", url, "--anchor", anchor.toString());

    assertThat(keyOnly.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(keyOnly.err()).contains("--anchor");
    assertThat(anchorOnly.code()).isEqualTo(Ifg.UNUSABLE);
    assertThat(anchorOnly.err()).contains("--public-key");
  }

  @Test
  void namesAKeyOrAnchorFileItCannotRead() throws IOException {
    applicationWritesItsLog();
    Path missingKey = directory.resolve("missing.pub");
    Path missingAnchor = directory.resolve("missing-anchor.log");
    Path brokenAnchor = directory.resolve("broken-anchor.log");
    Files.writeString(brokenAnchor, Files.readString(anchor) + "v1 length=7\n");

    IfgRun noKey = anchoredVerify(missingKey, anchor);
    IfgRun privateAsPublic = anchoredVerify(privateKey, anchor);
    IfgRun noAnchor = anchoredVerify(publicKey, missingAnchor);
    IfgRun corrupt = anchoredVerify(publicKey, brokenAnchor);

    assertThat(List.of(noKey, privateAsPublic, noAnchor, corrupt))
        .allSatisfy(
            run -> {
              assertThat(run.code()).isEqualTo(Ifg.UNUSABLE);
              assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception");
              assertThat(run.out()).isEmpty();
            });
    assertThat(noKey.err()).contains("the public key file " + missingKey + " does not exist");
    assertThat(privateAsPublic.err()).contains("holds a private key, not a public key");
    assertThat(noAnchor.err()).contains("the anchor file " + missingAnchor + " does not exist");
    assertThat(corrupt.err()).contains("anchor file " + brokenAnchor + ", line 6");
  }
}
