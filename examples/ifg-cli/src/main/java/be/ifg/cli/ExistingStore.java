package be.ifg.cli;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --store URL} option of the commands that read a store that exists ({@code store
 * list|show|export|events|purge}, {@code report}): one declaration, mixed into each command with
 * picocli's {@code @Mixin}. {@code store verify} and {@code store import} say more about their
 * store and keep their own option.
 */
final class ExistingStore {
  @Option(
      names = "--store",
      paramLabel = "URL",
      required = true,
      description = "The JDBC URL of the store, as for 'ifg store verify'.")
  @Nullable String url;

  /** The URL given (picocli refuses the command without it). */
  String url() {
    return Objects.requireNonNull(url, "--store");
  }
}
