package be.ifg.web;

import be.ifg.domain.ProfessionalId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.util.ClassUtils;

/**
 * The users file: a properties file, {@code name = password}, read once at start. A password
 * written {@code {bcrypt}…} (a well-formed bcrypt hash) is kept as it is; so is an Argon2 one
 * ({@code {argon2@SpringSecurity_v5_8}…}) when BouncyCastle is on the class path, which it is not
 * by default: bcrypt is the supported hash. {@code {noop}} and the old digests are refused. A plain
 * password is accepted in demo mode only, and hashed with bcrypt before it is kept. The name is the
 * professional's id at the table: the signed-in user is that actor and nobody else.
 */
final class Users {
  private Users() {}

  static InMemoryUserDetailsManager load(
      ResourceLoader loader, String location, boolean demo, PasswordEncoder encoder) {
    if (location.isBlank()) {
      throw new IllegalStateException(
          "ifg.web.users is not set: name the users file (name = {bcrypt}hash per line),"
              + " or start with --spring.profiles.active=demo");
    }
    Resource resource = loader.getResource(location);
    Properties users = new Properties();
    try (InputStream in = resource.getInputStream()) {
      users.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(
          "the users file " + location + " cannot be read: " + e.getMessage(), e);
    }
    List<UserDetails> details = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : new TreeSet<>(users.stringPropertyNames())) {
      checkName(location, name, seen);
      String password = users.getProperty(name).trim();
      String stored;
      if (password.startsWith("{")) {
        stored = checkHash(location, name, password);
      } else if (demo) {
        stored = encoder.encode(password);
      } else {
        throw new IllegalStateException(
            "the users file "
                + location
                + " holds a plain password for "
                + name
                + ": outside demo mode every password must be a hash ({bcrypt}…)");
      }
      details.add(User.withUsername(name).password(stored).roles("PROFESSIONAL").build());
    }
    return new InMemoryUserDetailsManager(details);
  }

  /** A bcrypt hash as Spring writes it: {@code $2a$}, {@code $2b$} or {@code $2y$}, cost, 53. */
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

  /** The Argon2 generator Spring's Argon2 encoder needs (BouncyCastle, not a dependency here). */
  static final String ARGON2_GENERATOR = "org.bouncycastle.crypto.generators.Argon2BytesGenerator";

  /**
   * A stored password: a well-formed bcrypt hash, or an Argon2 one when BouncyCastle is on the
   * class path. Anything else ({@code {noop}} plain text, the old digests) is refused: the message
   * names the file and the user, never the password.
   */
  static String checkHash(String location, String name, String password) {
    if (password.startsWith("{bcrypt}")) {
      if (!BCRYPT.matcher(password.substring("{bcrypt}".length())).matches()) {
        throw new IllegalStateException(
            "the users file "
                + location
                + ": the password of "
                + name
                + " is not a well-formed bcrypt hash ({bcrypt}$2a$10$ and 53 characters)");
      }
      return password;
    }
    if (password.startsWith("{argon2@SpringSecurity_v5_8}") || password.startsWith("{argon2}")) {
      if (!ClassUtils.isPresent(ARGON2_GENERATOR, Users.class.getClassLoader())) {
        throw new IllegalStateException(
            "the users file "
                + location
                + ": the password of "
                + name
                + " is an Argon2 hash, which needs BouncyCastle on the class path; use a bcrypt"
                + " hash ({bcrypt}…)");
      }
      return password;
    }
    throw new IllegalStateException(
        "the users file "
            + location
            + ": the password of "
            + name
            + " is not a bcrypt hash; write {bcrypt}… (plain text, {noop} and the old digests are"
            + " refused)");
  }

  /** A user's name: a professional id, once whatever its case (sign-in ignores the case). */
  private static void checkName(String location, String name, Set<String> seen) {
    try {
      ProfessionalId.of(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "the users file "
              + location
              + ": the name '"
              + name
              + "' is not a professional id ("
              + e.getMessage()
              + ")");
    }
    if (!seen.add(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException(
          "the users file " + location + " names " + name + " twice (names ignore the case)");
    }
  }
}
