package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.util.ClassUtils;

/** The users file ({@link Users}): bcrypt hashes, plain passwords in demo mode only. */
class UsersTests {
  static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

  @TempDir Path dir;

  String file(String text) throws IOException {
    Path f = dir.resolve("users.properties");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f.toUri().toString();
  }

  InMemoryUserDetailsManager load(String text, boolean demo) throws IOException {
    return Users.load(new DefaultResourceLoader(), file(text), demo, ENCODER);
  }

  @Test
  void inDemoModeAPlainPasswordIsKeptAsABcryptHash() throws IOException {
    InMemoryUserDetailsManager users = load("an=demo-an-4821\n", true);
    String stored = users.loadUserByUsername("an").getPassword();
    assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("demo-an-4821");
    assertThat(ENCODER.matches("demo-an-4821", stored)).isTrue();
    assertThat(ENCODER.matches("demo-an-4822", stored)).isFalse();
  }

  @Test
  void theDemoUsersFileHoldsPlainPasswordsHashedAtStart() {
    InMemoryUserDetailsManager users =
        Users.load(new DefaultResourceLoader(), "classpath:demo/users.properties", true, ENCODER);
    for (String who : RouteMatrixTests.USERS) {
      assertThat(users.loadUserByUsername(who).getPassword()).startsWith("{bcrypt}$2");
    }
  }

  @Test
  void outsideDemoModeAPlainPasswordIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> load("bart=hunter2-secret\n", false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("plain password for bart")
        .hasMessageContaining("{bcrypt}")
        .hasMessageContaining("users.properties")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aBcryptHashIsAcceptedOutsideDemoMode() throws IOException {
    String hash = ENCODER.encode("s3cret-of-chris");
    InMemoryUserDetailsManager users = load("chris=" + hash + "\n", false);
    assertThat(ENCODER.matches("s3cret-of-chris", users.loadUserByUsername("chris").getPassword()))
        .isTrue();
  }

  @Test
  void noopOldDigestsAndMalformedHashesAreRefusedInEveryMode() {
    for (boolean demo : new boolean[] {true, false}) {
      for (String stored :
          new String[] {
            "{noop}hunter2-secret",
            "{MD5}5f4dcc3b5aa765d61d8327deb882cf99",
            "{sha256}97cde38028ad898ebcc3b28a9ad8e2bc8e5bbd2a1c8a7b5f4c5a2d2d5a1b8c0d",
            "{bcrypt}hunter2-secret",
            "{bcrypt}$2a$10$short"
          }) {
        assertThatThrownBy(() -> load("dina=" + stored + "\n", demo))
            .as(stored)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("dina")
            .hasMessageContaining("bcrypt")
            .hasMessageNotContaining("hunter2")
            .hasMessageNotContaining("5f4dcc3b");
      }
    }
  }

  @Test
  void anArgon2HashNeedsBouncyCastleWhichIsNotADependency() {
    String argon2 =
        "{argon2@SpringSecurity_v5_8}$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHRzYWx0$"
            + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
    assertThat(ClassUtils.isPresent(Users.ARGON2_GENERATOR, null))
        .as("BouncyCastle is not on the class path: bcrypt is the supported hash")
        .isFalse();
    assertThatThrownBy(() -> load("eva=" + argon2 + "\n", false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Argon2")
        .hasMessageContaining("BouncyCastle")
        .hasMessageContaining("{bcrypt}");
  }

  @Test
  void aNameThatIsNoProfessionalIdOrTwiceIsRefused() {
    assertThatThrownBy(() -> load("a" + "n".repeat(100) + "=x\n", true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not a professional id");
    assertThatThrownBy(() -> load("an=x\nAN=y\n", true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void theAppDoesNotStartOutsideDemoModeWithAPlainPassword() throws IOException {
    String users = file("an=plain-text-password\n");
    SpringApplicationBuilder app =
        new SpringApplicationBuilder(IfgWeb.class)
            .web(WebApplicationType.SERVLET)
            .profiles("demo", "test");
    assertThatThrownBy(
            () -> {
              // arguments, not default properties: they must win over application-demo.yml
              try (var started =
                  app.run("--ifg.web.demo=false", "--ifg.web.users=" + users, "--server.port=0")) {
                started.getId();
              }
            })
        .rootCause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("holds a plain password for an")
        .hasMessageContaining("outside demo mode every password must be a hash")
        .hasMessageNotContaining("plain-text-password");
  }
}
