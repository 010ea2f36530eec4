package be.ifg.web;

import be.ifg.domain.Language;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Makes the {@code {bcrypt}} hash of a password for a users file ({@code name = hash}), with the
 * encoder the application checks passwords with. The password is read from the terminal without
 * echo (twice), or from one line of standard input when there is no terminal; only the hash is
 * written to standard output. Run it from the application's jar:
 *
 * <pre>
 * java -cp ifg-web.jar -Dloader.main=be.ifg.web.PasswordHash \
 *     org.springframework.boot.loader.launch.PropertiesLauncher
 * </pre>
 */
public final class PasswordHash {
  /** The fewest characters a password of a users file may have. */
  static final int MINIMUM = 12;

  private PasswordHash() {}

  /** Reads a password and prints its hash; exits with 2 when there is none to hash. */
  public static void main(String[] args) throws IOException {
    Language language = Texts.language(Locale.getDefault());
    Console console = System.console();
    int status;
    if (console != null) {
      char[] first = console.readPassword("%s ", Texts.BOOK.text(language, "hash.prompt"));
      char[] second = console.readPassword("%s ", Texts.BOOK.text(language, "hash.again"));
      status = run(first, second, language, System.out, System.err);
    } else {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      char[] password = line == null ? null : line.toCharArray();
      status = run(password, password, language, System.out, System.err);
    }
    System.exit(status);
  }

  /**
   * Hashes {@code password} onto {@code out} when it was given the same twice and is long enough,
   * or says on {@code err}, in one line, why not.
   *
   * @return the exit status: 0 when the hash was written, 2 otherwise
   */
  static int run(
      char @Nullable [] password,
      char @Nullable [] again,
      Language language,
      PrintStream out,
      PrintStream err) {
    try {
      if (password == null || password.length == 0) {
        err.println(Texts.BOOK.text(language, "hash.none"));
        return 2;
      }
      if (!Arrays.equals(password, again)) {
        err.println(Texts.BOOK.text(language, "hash.mismatch"));
        return 2;
      }
      if (password.length < MINIMUM) {
        err.println(
            Texts.BOOK.text(
                language, "hash.short", String.valueOf(password.length), String.valueOf(MINIMUM)));
        return 2;
      }
      out.println(hash(password));
      return 0;
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
      if (again != null) {
        Arrays.fill(again, '\0');
      }
    }
  }

  /** The hash of a password as a users file holds it: {@code {bcrypt}$2a$10$…}. */
  static String hash(char[] password) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    return encoder.encode(new String(password));
  }
}
