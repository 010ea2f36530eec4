package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashTests {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String password, String again, Language language) {
    return PasswordHash.run(
        password.toCharArray(),
        again.toCharArray(),
        language,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theHashIsABcryptHashThatAUsersFileOutsideDemoModeAccepts(@TempDir Path dir)
      throws IOException {
    String password = "correct horse battery";
    assertThat(run(password, password, Language.EN)).isZero();
    String hash = out.toString(StandardCharsets.UTF_8).trim();
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(password);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

    Path users = dir.resolve("users.properties");
    Files.writeString(users, "hanna = " + hash + "\n", StandardCharsets.UTF_8);
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    String stored =
        Users.load(new DefaultResourceLoader(), users.toUri().toString(), false, encoder)
            .loadUserByUsername("hanna")
            .getPassword();
    assertThat(encoder.matches(password, stored)).isTrue();
    assertThat(encoder.matches("another password", stored)).isFalse();
  }

  @Test
  void aBcryptHashOfAnotherToolsFormIsAcceptedToo() {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    for (BCryptPasswordEncoder.BCryptVersion version :
        BCryptPasswordEncoder.BCryptVersion.values()) {
      String hash =
          "{bcrypt}" + new BCryptPasswordEncoder(version, 4).encode("correct horse battery");
      assertThat(encoder.matches("correct horse battery", hash)).as(hash).isTrue();
    }
  }

  @Test
  void twoDifferentPasswordsOrAShortOneWriteNothingAndSayWhyInOneLine() {
    assertThat(run("correct horse battery", "correct horse batterY", Language.NL)).isEqualTo(2);
    assertThat(run("short", "short", Language.FR)).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "De twee wachtwoorden verschillen; er werd niets geschreven.",
            "Le mot de passe compte 5 caractères ; un fichier d'utilisateurs en demande au moins 12."
                + " Rien n'a été écrit.");
  }
}
