package be.ifg.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The case-table web application: {@code java -jar ifg-web.jar} (see {@code docs/web.md}).
 *
 * <p>Every page asks the library, as the signed-in professional, what it may show and do; the app
 * itself decides nothing about a dossier.
 */
@SpringBootApplication
@EnableConfigurationProperties(WebSettings.class)
public class IfgWeb {
  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(IfgWeb.class, args);
  }
}
