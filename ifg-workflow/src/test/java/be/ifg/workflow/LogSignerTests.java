package be.ifg.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DisclosureEntry;
import be.ifg.persistence.LogCheckpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSignerTests {
  private static final Instant AT = Instant.parse("2026-02-05T13:00:00Z");
  private static final KeyPair KEYS = LogSigner.generateKeyPair();

  @TempDir Path directory;

  @Test
  void signsTheCheckpointsSignedTextWithEd25519() throws Exception {
    LogSigner signer = LogSigner.of(KEYS);
    String head = "sha256:" + "0f".repeat(32);

    LogCheckpoint c = signer.sign(12, head, AT);

    assertThat(c.length()).isEqualTo(12);
    assertThat(c.head()).isEqualTo(head);
    assertThat(c.at()).isEqualTo(AT);
    assertThat(c.keyId()).isEqualTo(LogSigner.keyId(KEYS.getPublic())).hasSize(16);
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(KEYS.getPublic());
    verifier.update(c.signedText().getBytes(StandardCharsets.UTF_8));
    assertThat(verifier.verify(Base64.getDecoder().decode(c.signature()))).isTrue();
    assertThat(signer.sign(0, DisclosureEntry.GENESIS, AT).length()).isZero();
    assertThat(signer.toString()).contains(c.keyId()).doesNotContain("PRIVATE");
  }

  @Test
  void refusesAPrivateKeyOfAnotherPair() {
    KeyPair other = LogSigner.generateKeyPair();

    assertThatThrownBy(() -> LogSigner.of(other.getPrivate(), KEYS.getPublic()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "does not belong to the public key " + LogSigner.keyId(KEYS.getPublic()));
  }

  @Test
  void refusesAKeyThatIsNotEd25519() throws NoSuchAlgorithmException {
    KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();

    assertThatThrownBy(() -> LogSigner.of(ec.getPrivate(), KEYS.getPublic()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an Ed25519 key");
  }

  @Test
  void signsWithTheKeysOfAnyProvider() {
    Signature platform;
    try {
      platform = Signature.getInstance("Ed25519");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
    LogSigner signer = LogSigner.of(KEYS.getPrivate(), KEYS.getPublic(), platform.getProvider());

    assertThat(signer.keyId()).isEqualTo(LogSigner.of(KEYS).keyId());
  }

  @Test
  void writesAndReadsKeysAsPemFiles() throws IOException {
    Path privateFile = directory.resolve("log.key");
    Path publicFile = directory.resolve("log.pub");

    LogSigner.writePrivateKey(KEYS.getPrivate(), privateFile);
    LogSigner.writePublicKey(KEYS.getPublic(), publicFile);

    assertThat(Files.readString(privateFile))
        .startsWith("-----BEGIN PRIVATE KEY-----\n")
        .endsWith("-----END PRIVATE KEY-----\n");
    assertThat(Files.readString(publicFile)).startsWith("-----BEGIN PUBLIC KEY-----\n");
    PrivateKey privateKey = LogSigner.readPrivateKey(privateFile);
    PublicKey publicKey = LogSigner.readPublicKey(publicFile);
    assertThat(publicKey).isEqualTo(KEYS.getPublic());
    assertThat(LogSigner.of(privateKey, publicKey).keyId())
        .isEqualTo(LogSigner.keyId(KEYS.getPublic()));
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void readsAKeyGivenAsBareBase64() throws IOException {
    Path file = directory.resolve("log.pub.b64");
    Files.writeString(
        file, Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n");

    assertThat(LogSigner.readPublicKey(file)).isEqualTo(KEYS.getPublic());
  }

  @Test
  void neverOverwritesAKeyFile() throws IOException {
    Path file = directory.resolve("log.key");
    Files.writeString(file, "keep me");

    assertThatThrownBy(() -> LogSigner.writePrivateKey(KEYS.getPrivate(), file))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining(file + " exists already");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void namesTheFileOfAKeyThatCannotBeRead() throws IOException {
    Path missing = directory.resolve("missing.pub");
    Path privateFile = directory.resolve("log.key");
    Path garbage = directory.resolve("garbage.pub");
    LogSigner.writePrivateKey(KEYS.getPrivate(), privateFile);
    Files.writeString(
        garbage, "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n");

    assertThatThrownBy(() -> LogSigner.readPublicKey(missing))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("the public key file " + missing + " does not exist");
    assertThatThrownBy(() -> LogSigner.readPublicKey(privateFile))
        .isInstanceOf(WorkflowException.class)
        .hasMessage(
            "the public key file " + privateFile + " holds a private key, not a public key");
    assertThatThrownBy(() -> LogSigner.readPublicKey(garbage))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("the public key file " + garbage + " holds no Ed25519 public key (X.509)");
    assertThatThrownBy(
            () -> LogSigner.writePublicKey(KEYS.getPublic(), directory.resolve("no/such.pub")))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("its directory does not exist");
  }
}
