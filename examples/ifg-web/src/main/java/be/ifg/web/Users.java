package be.ifg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users file: a properties file, {@code name = password}, read once at start. A password
 * written {@code {bcrypt}…} or {@code {argon2@SpringSecurity_v5_8}…} is kept as it is; a plain one
 * is accepted in demo mode only, and hashed with bcrypt before it is kept. The name is the
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
    for (String name : users.stringPropertyNames()) {
      String password = users.getProperty(name).trim();
      String stored;
      if (password.startsWith("{")) {
        stored = password;
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
}
