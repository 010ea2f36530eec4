package be.ifg.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language (the browser's, or the one chosen with the switch, kept in a cookie), the app's
 * words, and the {@link Actors.SignedIn signed-in actor} as a handler argument.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
  static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("fr"), Locale.ENGLISH);

  private final WebSettings settings;

  WebConfiguration(WebSettings settings) {
    this.settings = settings;
  }

  @Bean
  MessageSource messageSource() {
    return new Texts();
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("ifg-language");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Strict");
    resolver.setDefaultLocaleFunction(
        request -> {
          for (Locale wanted : java.util.Collections.list(request.getLocales())) {
            for (Locale offered : LANGUAGES) {
              if (offered.getLanguage().equals(wanted.getLanguage())) {
                return offered;
              }
            }
          }
          return LANGUAGES.get(0);
        });
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new Actors(settings.oidcUserClaim()));
  }
}
