package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-in throttling ({@link SignInThrottle}) with a small limit: three failures for a name, or
 * from an address, and even the right password is refused for that name and from that address.
 */
@SpringBootTest(properties = {"ifg.web.throttle.failures=3", "ifg.web.throttle.lockout=10m"})
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class SignInThrottleTests {
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  @Autowired MockMvc mvc;

  /** A new client address for each call: 10.x.y.z. */
  static String fresh() {
    int n = ADDRESSES.incrementAndGet();
    return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
  }

  /** Signs in from an address; the redirect's target. */
  String signIn(String name, String password, String address) throws Exception {
    MvcResult r =
        mvc.perform(
                post("/signin")
                    .param("username", name)
                    .param("password", password)
                    .with(csrf())
                    .with(
                        req -> {
                          req.setRemoteAddr(address);
                          return req;
                        }))
            .andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(302);
    return r.getResponse().getRedirectedUrl();
  }

  @Test
  void afterThreeFailuresForANameItsRightPasswordIsRefusedFromEveryAddress() throws Exception {
    assertThat(signIn("chris", "wrong-1", fresh())).isEqualTo("/signin?error");
    assertThat(signIn("Chris", "wrong-2", fresh())).isEqualTo("/signin?error");
    assertThat(signIn(" CHRIS ", "wrong-3", fresh())).isEqualTo("/signin?error");
    String address = fresh();
    assertThat(signIn("chris", "demo-chris-1968", address)).isEqualTo("/signin?throttled");
    assertThat(signIn("dina", "demo-dina-5540", address))
        .as("another name from that address")
        .isEqualTo("/");
  }

  @Test
  void afterThreeFailuresFromAnAddressEveryNameIsRefusedFromIt() throws Exception {
    String address = fresh();
    assertThat(signIn("eva", "wrong", address)).isEqualTo("/signin?error");
    assertThat(signIn("nobody-1", "wrong", address)).isEqualTo("/signin?error");
    assertThat(signIn("nobody-2", "wrong", address)).isEqualTo("/signin?error");
    assertThat(signIn("bart", "demo-bart-7305", address)).isEqualTo("/signin?throttled");
    assertThat(signIn("bart", "demo-bart-7305", fresh()))
        .as("bart from another address")
        .isEqualTo("/");
  }

  @Test
  void aForwardedForHeaderDoesNotMakeANewAddress() throws Exception {
    String address = fresh();
    for (int i = 0; i < 3; i++) {
      String spoofed = fresh();
      MvcResult r =
          mvc.perform(
                  post("/signin")
                      .param("username", "nobody-" + spoofed)
                      .param("password", "wrong")
                      .header("X-Forwarded-For", spoofed)
                      .header("X-Real-IP", spoofed)
                      .header("Forwarded", "for=" + spoofed)
                      .with(csrf())
                      .with(
                          req -> {
                            req.setRemoteAddr(address);
                            return req;
                          }))
              .andReturn();
      assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/signin?error");
    }
    assertThat(signIn("an", "demo-an-4821", address)).isEqualTo("/signin?throttled");
  }

  @Test
  void theAnswerIsTheSameWhateverTheName() throws Exception {
    assertThat(signIn("fien", "wrong", fresh()))
        .isEqualTo(signIn("nobody-" + fresh(), "wrong", fresh()))
        .isEqualTo("/signin?error");
    String unknown = "nobody-" + fresh();
    for (int i = 0; i < 3; i++) {
      signIn("gert", "wrong", fresh());
      signIn(unknown, "wrong", fresh());
    }
    assertThat(signIn("gert", "demo-gert-0417", fresh()))
        .isEqualTo(signIn(unknown, "whatever", fresh()))
        .isEqualTo("/signin?throttled");
    String error = page("/signin?error");
    String throttled = page("/signin?throttled");
    assertThat(error).contains("The name or the password is not right.");
    assertThat(throttled).contains("Too many failed attempts").doesNotContain("gert");
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).header("Accept-Language", "en"))
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void itRemembersABoundedNumberOfNamesAndAddresses() throws Exception {
    WebSettings.Throttle settings = new WebSettings.Throttle(3, Duration.ofMinutes(10), 50);
    SignInThrottle throttle = new SignInThrottle(settings);
    for (int i = 0; i < 2_000; i++) {
      MockHttpServletRequest request = new MockHttpServletRequest("POST", "/signin");
      request.setServletPath("/signin");
      request.setParameter("username", "name-" + i + "-" + "x".repeat(10_000));
      request.setRemoteAddr(fresh());
      throttle.onAuthenticationFailure(
          request, new MockHttpServletResponse(), new BadCredentialsException("no"));
    }
    assertThat(throttle.remembered()).isLessThanOrEqualTo(50);
    assertThat(new SignInThrottle(WebSettings.Throttle.defaults()).remembered()).isZero();
  }
}
