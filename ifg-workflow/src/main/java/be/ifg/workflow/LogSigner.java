package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.persistence.LogCheckpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Signs checkpoints of the disclosure log with the application's Ed25519 private key: the key the
 * application holds and the store never sees.
 *
 * <p>A signer is made from a private key and its public key ({@link #of(PrivateKey, PublicKey)}),
 * from any JCA provider that signs Ed25519 — a key in a PKCS#11 hardware security module or a cloud
 * KMS whose vendor ships a provider: {@link #of(PrivateKey, PublicKey, Provider)}. The private key
 * stays where it is: the signer only asks the provider to sign. The public key names the signer
 * ({@link #keyId()}) and lets a verifier check its checkpoints (see {@link Checkpoints}).
 *
 * <p>The static helpers make a key pair and keep keys in PEM text files: the public key as X.509
 * {@code SubjectPublicKeyInfo} ({@code -----BEGIN PUBLIC KEY-----}), the private key as unencrypted
 * PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}), the forms {@code openssl genpkey -algorithm
 * ed25519} writes. A private key file is written readable by its owner only, where the file system
 * has POSIX permissions; keep it with the application, never with the store.
 *
 * <p>Thread-safe: signing holds the signer's lock.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LogSigner {
  /** The signature algorithm of every checkpoint. */
  public static final String ALGORITHM = "Ed25519";

  private static final String PUBLIC = "PUBLIC KEY";
  private static final String PRIVATE = "PRIVATE KEY";
  private static final byte[] PROBE =
      "ifg: does this private key belong to this public key?".getBytes(StandardCharsets.UTF_8);

  private final PublicKey publicKey;
  private final String keyId;
  private final Signature signature;

  private LogSigner(PublicKey publicKey, Signature signature) {
    this.publicKey = publicKey;
    this.keyId = keyId(publicKey);
    this.signature = signature;
  }

  /**
   * A signer with a key pair, signing with the platform's Ed25519 provider.
   *
   * @throws IllegalArgumentException if the keys are not an Ed25519 key pair
   * @throws WorkflowException if the provider fails to sign
   */
  public static LogSigner of(KeyPair keys) {
    checkNotNull(keys, "keys must not be null");
    return of(keys.getPrivate(), keys.getPublic());
  }

  /**
   * A signer with a private key and its public key, signing with the platform's Ed25519 provider.
   *
   * @throws IllegalArgumentException if the keys are not Ed25519 keys, or the private key does not
   *     belong to the public key
   * @throws WorkflowException if the provider fails to sign
   */
  public static LogSigner of(PrivateKey privateKey, PublicKey publicKey) {
    checkNotNull(privateKey, "privateKey must not be null");
    checkNotNull(publicKey, "publicKey must not be null");
    try {
      return of(privateKey, publicKey, Signature.getInstance(ALGORITHM));
    } catch (NoSuchAlgorithmException e) {
      throw new WorkflowException("this Java platform does not sign " + ALGORITHM, e);
    }
  }

  /**
   * A signer with a private key held by a JCA provider (a hardware security module through the
   * PKCS#11 provider, a KMS vendor's provider), and its public key.
   *
   * @param privateKey the private key, or the provider's handle to it
   * @param publicKey its public key, which names the signer and verifies its checkpoints
   * @param provider the provider that signs Ed25519 with the private key
   * @throws IllegalArgumentException if the provider does not take the private key for Ed25519, or
   *     the private key does not belong to the public key
   * @throws WorkflowException if the provider does not offer Ed25519 or fails to sign
   */
  public static LogSigner of(PrivateKey privateKey, PublicKey publicKey, Provider provider) {
    checkNotNull(privateKey, "privateKey must not be null");
    checkNotNull(publicKey, "publicKey must not be null");
    checkNotNull(provider, "provider must not be null");
    try {
      return of(privateKey, publicKey, Signature.getInstance(ALGORITHM, provider));
    } catch (NoSuchAlgorithmException e) {
      throw new WorkflowException(
          "the provider " + provider.getName() + " does not sign " + ALGORITHM, e);
    }
  }

  private static LogSigner of(PrivateKey privateKey, PublicKey publicKey, Signature signature) {
    try {
      signature.initSign(privateKey);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException(
          "the private key is not an " + ALGORITHM + " key: " + e.getMessage(), e);
    }
    byte[] probe;
    try {
      signature.update(PROBE);
      probe = signature.sign();
    } catch (SignatureException e) {
      throw new WorkflowException("the private key cannot sign: " + e.getMessage(), e);
    }
    checkArgument(
        Checkpoints.verifies(PROBE, probe, publicKey),
        "the private key does not belong to the public key %s",
        keyId(publicKey));
    return new LogSigner(publicKey, signature);
  }

  /** The id of the signer's public key: see {@link #keyId(PublicKey)}. */
  public String keyId() {
    return keyId;
  }

  /** The public key that verifies this signer's checkpoints. */
  public PublicKey publicKey() {
    return publicKey;
  }

  /**
   * Signs a checkpoint: the log held {@code length} entries, entry {@code length} had hash {@code
   * head}, at {@code at}.
   *
   * @param length how many entries the log holds
   * @param head the hash of entry {@code length}, {@link be.ifg.domain.DisclosureEntry#GENESIS}
   *     when the log is empty
   * @param at when
   * @return the checkpoint, signed over its {@link LogCheckpoint#signedText()}
   * @throws IllegalArgumentException if the length is negative or the head is not a hash
   * @throws WorkflowException if the provider fails to sign
   */
  public LogCheckpoint sign(long length, String head, Instant at) {
    return sign(length, head, at, null);
  }

  /**
   * Signs a checkpoint that also covers the event streams' heads ({@link LogCheckpoint#events()}),
   * or of the log alone when {@code events} is null.
   *
   * @param length how many entries the log holds
   * @param head the hash of entry {@code length}
   * @param at when
   * @param events the events' heads, {@code <position>:sha256:<hex>}, or null
   * @return the checkpoint, signed over its {@link LogCheckpoint#signedText()}
   * @throws IllegalArgumentException if the length is negative, the head is not a hash or the
   *     events are malformed
   * @throws WorkflowException if the provider fails to sign
   */
  public LogCheckpoint sign(long length, String head, Instant at, @Nullable String events) {
    checkArgument(length >= 0, "length must be >= 0: %s", length);
    checkNotNull(head, "head must not be null");
    checkNotNull(at, "at must not be null");
    String text = LogCheckpoint.signedText(length, head, at, keyId, events);
    byte[] signed;
    synchronized (signature) {
      try {
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        signed = signature.sign();
      } catch (SignatureException e) {
        throw new WorkflowException(
            "the checkpoint of entry " + length + " cannot be signed: " + e.getMessage(), e);
      }
    }
    return new LogCheckpoint(
        length, head, at, keyId, Base64.getEncoder().encodeToString(signed), events);
  }

  /**
   * The id of a public key: the first 16 hex digits of SHA-256 over its encoded form (X.509 {@code
   * SubjectPublicKeyInfo}). A verifier finds by it the key that checks a checkpoint.
   *
   * @throws IllegalArgumentException if the key has no encoded form
   */
  public static String keyId(PublicKey key) {
    checkNotNull(key, "key must not be null");
    byte[] encoded = key.getEncoded();
    checkArgument(encoded != null, "the public key has no encoded form: export it first");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoded);
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new WorkflowException("every Java platform must provide SHA-256", e);
    }
  }

  /**
   * A new Ed25519 key pair from the platform's provider and its strongest random source.
   *
   * @throws WorkflowException if the platform does not make Ed25519 keys
   */
  public static KeyPair generateKeyPair() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new WorkflowException("this Java platform does not make " + ALGORITHM + " keys", e);
    }
  }

  /**
   * Writes a private key to a new PEM file ({@code -----BEGIN PRIVATE KEY-----}, PKCS#8), readable
   * and writable by its owner only where the file system has POSIX permissions, and forces it to
   * the disk.
   *
   * @throws IllegalArgumentException if the key cannot be exported (a key inside an HSM)
   * @throws WorkflowException if the file exists already (a key file is never overwritten), its
   *     directory does not exist, or it cannot be written; the message names the file
   */
  public static void writePrivateKey(PrivateKey key, Path file) {
    checkNotNull(key, "key must not be null");
    byte[] encoded = key.getEncoded();
    checkArgument(
        encoded != null && "PKCS#8".equals(key.getFormat()),
        "the private key cannot be exported as PKCS#8 (it may live in an HSM): keep it there");
    write(file, PRIVATE, encoded, "private key", true);
  }

  /**
   * Writes a public key to a new PEM file ({@code -----BEGIN PUBLIC KEY-----}, X.509) and forces it
   * to the disk.
   *
   * @throws IllegalArgumentException if the key has no X.509 form
   * @throws WorkflowException if the file exists already (a key file is never overwritten), its
   *     directory does not exist, or it cannot be written; the message names the file
   */
  public static void writePublicKey(PublicKey key, Path file) {
    checkNotNull(key, "key must not be null");
    byte[] encoded = key.getEncoded();
    checkArgument(
        encoded != null && "X.509".equals(key.getFormat()),
        "the public key has no X.509 form: export it first");
    write(file, PUBLIC, encoded, "public key", false);
  }

  /**
   * Reads an Ed25519 private key from a PEM file ({@code -----BEGIN PRIVATE KEY-----}, PKCS#8) or a
   * file holding only the Base64 of its PKCS#8 form.
   *
   * @throws WorkflowException if the file is missing, unreadable, or holds no Ed25519 private key;
   *     the message names the file
   */
  public static PrivateKey readPrivateKey(Path file) {
    byte[] der = read(file, PRIVATE, "private key");
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (InvalidKeySpecException e) {
      throw new WorkflowException(
          "the private key file " + file + " holds no " + ALGORITHM + " private key (PKCS#8)", e);
    } catch (NoSuchAlgorithmException e) {
      throw new WorkflowException("this Java platform does not read " + ALGORITHM + " keys", e);
    }
  }

  /**
   * Reads an Ed25519 public key from a PEM file ({@code -----BEGIN PUBLIC KEY-----}, X.509) or a
   * file holding only the Base64 of its X.509 form.
   *
   * @throws WorkflowException if the file is missing, unreadable, or holds no Ed25519 public key;
   *     the message names the file
   */
  public static PublicKey readPublicKey(Path file) {
    byte[] der = read(file, PUBLIC, "public key");
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    } catch (InvalidKeySpecException e) {
      throw new WorkflowException(
          "the public key file " + file + " holds no " + ALGORITHM + " public key (X.509)", e);
    } catch (NoSuchAlgorithmException e) {
      throw new WorkflowException("this Java platform does not read " + ALGORITHM + " keys", e);
    }
  }

  @Override
  public String toString() {
    return "LogSigner[" + ALGORITHM + ", key " + keyId + "]";
  }

  private static void write(Path file, String label, byte[] der, String what, boolean secret) {
    checkNotNull(file, "file must not be null");
    String text =
        "-----BEGIN "
            + label
            + "-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
            + "\n-----END "
            + label
            + "-----\n";
    Path directory = file.toAbsolutePath().getParent();
    List<FileAttribute<?>> attributes = new ArrayList<>();
    if (secret
        && directory != null
        && directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      attributes.add(
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try (SeekableByteChannel out =
        Files.newByteChannel(file, options, attributes.toArray(new FileAttribute<?>[0]))) {
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
      if (out instanceof FileChannel channel) {
        channel.force(true);
      }
    } catch (FileAlreadyExistsException e) {
      throw new WorkflowException(
          "the " + what + " file " + file + " exists already: a key file is never overwritten", e);
    } catch (NoSuchFileException e) {
      throw new WorkflowException(
          "the " + what + " file " + file + " cannot be written: its directory does not exist", e);
    } catch (IOException e) {
      throw new WorkflowException("the " + what + " file " + file + " cannot be written: " + e, e);
    }
  }

  private static byte[] read(Path file, String label, String what) {
    checkNotNull(file, "file must not be null");
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new WorkflowException("the " + what + " file " + file + " does not exist", e);
    } catch (AccessDeniedException e) {
      throw new WorkflowException(
          "the " + what + " file " + file + " cannot be read: permission denied", e);
    } catch (IOException e) {
      throw new WorkflowException("the " + what + " file " + file + " cannot be read: " + e, e);
    }
    StringBuilder base64 = new StringBuilder();
    boolean inside = false;
    boolean armoured = false;
    for (String raw : text.split("\r?\n", -1)) {
      String line = raw.strip();
      if (line.startsWith("-----BEGIN ")) {
        String found = line.replace("-----BEGIN ", "").replace("-----", "");
        if (!found.equals(label)) {
          throw new WorkflowException(
              "the "
                  + what
                  + " file "
                  + file
                  + " holds a "
                  + found.toLowerCase(Locale.ROOT)
                  + ", not a "
                  + what);
        }
        inside = true;
        armoured = true;
      } else if (line.startsWith("-----END ")) {
        inside = false;
      } else if (inside || !armoured) {
        base64.append(line);
      }
    }
    try {
      byte[] der = Base64.getDecoder().decode(base64.toString());
      if (der.length == 0) {
        throw new WorkflowException("the " + what + " file " + file + " is empty");
      }
      return der;
    } catch (IllegalArgumentException e) {
      throw new WorkflowException(
          "the " + what + " file " + file + " is neither PEM nor Base64: " + e.getMessage(), e);
    }
  }
}
