package be.ifg.web.load;

import be.ifg.domain.DossierId;
import be.ifg.domain.DossierStatus;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.examples.jdbc.EmbeddedPostgresServer;
import be.ifg.persistence.Store;
import be.ifg.web.IfgWeb;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.DisclosureLog;
import be.ifg.workflow.DossierView;
import be.ifg.workflow.LogVerification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * ifg-web under load (issue 16): 50 professionals, each with their own session, on a real
 * PostgreSQL, browsing a dossier of 500 items among others and deciding registrations, for two
 * minutes after a warm-up.
 *
 * <p>Not part of the default build (tag {@code load}, excluded there; and it runs only with {@code
 * -Difg.load=true}): run it with {@code mvn -B verify -pl examples/ifg-web -Pload}. Everything
 * listens on loopback; the test stops itself after its time. The figures go to {@code
 * target/load/figures.md}. Settings, as system properties: {@code ifg.load.users} (50), {@code
 * ifg.load.seconds} (120), {@code ifg.load.warmup} (20), {@code ifg.load.think} (ms between a
 * user's pages, 2000 on average), {@code ifg.load.items} (500), {@code ifg.load.pool} (HikariCP
 * connections, 20), {@code ifg.load.syncCommit} (PostgreSQL's synchronous_commit, on), {@code
 * ifg.load.share} (auto: share items through the share form when the app has it; on; off).
 */
@Tag("load")
@EnabledIfSystemProperty(named = "ifg.load", matches = "true")
class LoadTest {
  private static final List<String> MEMBERS = List.of("an", "bart", "chris", "dina");
  private static final double GOAL_MS = 100;

  private final int users = Integer.getInteger("ifg.load.users", 50);
  private final int seconds = Integer.getInteger("ifg.load.seconds", 120);
  private final int warmup = Integer.getInteger("ifg.load.warmup", 20);
  private final int think = Integer.getInteger("ifg.load.think", 2000);
  private final int items = Integer.getInteger("ifg.load.items", 500);
  private final int pool = Integer.getInteger("ifg.load.pool", 20);
  private final String syncCommit = System.getProperty("ifg.load.syncCommit", "on");
  private final String share = System.getProperty("ifg.load.share", "auto");

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void fiftyProfessionalsOnADossierOf500Items() throws Exception {
    String load0 = loadAverage();
    try (EmbeddedPostgres pg =
            EmbeddedPostgresServer.start(
                Map.of("listen_addresses", "127.0.0.1", "synchronous_commit", syncCommit));
        ConfigurableApplicationContext app = start(pg)) {
      String pgVersion = pgVersion(pg);
      ChainApproach chain = app.getBean(ChainApproach.class);
      URI base =
          URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));

      long seeding = System.nanoTime();
      Seed seed = new Seed(chain);
      DossierId big = seed.big("big-500", items);
      List<DossierId> others = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        others.add(seed.small("family-" + i, 4 + i));
      }
      Queue<DossierId> undecided = new ConcurrentLinkedQueue<>(seed.registered("new-", 150));
      seeding = System.nanoTime() - seeding;

      long itemsBefore = items(chain, others);
      Properties passwords = demoPasswords();
      Figures figures = new Figures();
      boolean sharing = share.equals("on") || (share.equals("auto") && shareRoute(base, big));
      DisclosureLog log = new DisclosureLog(app.getBean(Store.class));

      // everybody signs in first (bcrypt: a tenth of a second of work each), four at a time
      List<VirtualUser> everybody = new ArrayList<>();
      for (int i = 0; i < users; i++) {
        String name = MEMBERS.get(i % MEMBERS.size());
        everybody.add(new VirtualUser(name, passwords.getProperty(name).trim(), base, i));
      }
      long signingIn = System.nanoTime();
      ExecutorService doors = Executors.newFixedThreadPool(4);
      List<Future<?>> signedIn = new ArrayList<>();
      for (VirtualUser u : everybody) {
        signedIn.add(
            doors.submit(
                () -> {
                  u.signIn();
                  return null;
                }));
      }
      for (Future<?> f : signedIn) {
        f.get(2, TimeUnit.MINUTES);
      }
      doors.shutdown();
      signingIn = System.nanoTime() - signingIn;

      long logBefore = log.size();
      long now = System.nanoTime();
      long from = now + TimeUnit.SECONDS.toNanos(warmup);
      long to = from + TimeUnit.SECONDS.toNanos(seconds);
      VirtualUser.Plan plan =
          new VirtualUser.Plan(
              big,
              others,
              undecided,
              sharing,
              from,
              to,
              to,
              think,
              figures,
              new AtomicLong(),
              new AtomicLong(),
              new ConcurrentLinkedQueue<>(),
              new AtomicLong());
      ExecutorService pool = Executors.newFixedThreadPool(users);
      for (VirtualUser u : everybody) {
        pool.execute(() -> u.browse(plan));
      }
      pool.shutdown();
      boolean stopped =
          pool.awaitTermination(
              TimeUnit.NANOSECONDS.toSeconds(to - System.nanoTime()) + 30, TimeUnit.SECONDS);
      if (!stopped) {
        pool.shutdownNow();
      }
      String load1 = loadAverage();

      long logAfter = log.size();
      long verifying = System.nanoTime();
      LogVerification verification = chain.verifyLog();
      verifying = System.nanoTime() - verifying;
      // alone afterwards (warm): what the library's calls and the whole page cost uncontended
      String alone = alone(chain, everybody.get(0), big);

      List<Figures.Row> rows = figures.rows(seconds);
      String table = Figures.markdown(rows);
      String report =
          report(
                  pgVersion, plan, sharing, seeding, signingIn, logBefore, logAfter, verifying,
                  load0, load1)
              + "\n"
              + alone
              + "\n"
              + table;
      System.out.println("\n" + report);
      Path out = Path.of(System.getProperty("ifg.load.out", "target/load"));
      Files.createDirectories(out);
      Files.writeString(out.resolve("figures.md"), report, StandardCharsets.UTF_8);

      SoftAssertions check = new SoftAssertions();
      check.assertThat(stopped).as("every virtual user stopped by itself").isTrue();
      check
          .assertThat(figures.problems())
          .as("requests with an error, an unexpected status or an exception")
          .isEmpty();
      check.assertThat(verification).isInstanceOf(LogVerification.Intact.class);
      // a dossier page asks three questions (read, view, status), an agenda at least two (the
      // agenda, the list) and one more per listed dossier: each is one entry of the log
      check
          .assertThat(logAfter - logBefore)
          .as("the disclosure log grew by at least one entry per question asked")
          .isGreaterThanOrEqualTo(3 * plan.dossierReads().get() + 2 * plan.agendaReads().get());
      check
          .assertThat(items(chain, others) - itemsBefore)
          .as("every share the app redirected back from was recorded (none refused)")
          .isEqualTo(plan.shares().get());
      for (DossierId d : plan.decided()) {
        check
            .assertThat(chain.status(ProfessionalId.of("an"), d).orElseThrow().status())
            .as("the table's decision on %s was recorded", d.value())
            .isNotEqualTo(DossierStatus.REGISTERED);
      }
      Figures.Row bigRow = row(rows, "dossier (500 items)");
      Figures.Row all = row(rows, "all requests");
      check.assertThat(bigRow.requests()).isPositive();
      check
          .assertThat(bigRow.p95())
          .as("p95 of the 500-item dossier page, ms")
          .isLessThanOrEqualTo(GOAL_MS);
      check.assertThat(all.p95()).as("p95 of every request, ms").isLessThanOrEqualTo(GOAL_MS);
      check.assertAll();
    }
  }

  /**
   * The median and 95th percentile of 40 rounds, one after the other with nobody else: the
   * library's three calls for the big dossier page as {@code an}, and the whole page over HTTP (the
   * same calls, the rendering, the security chain, the connection).
   */
  private static String alone(ChainApproach chain, VirtualUser an, DossierId big) throws Exception {
    ProfessionalId who = ProfessionalId.of("an");
    Map<String, long[]> times = new java.util.LinkedHashMap<>();
    String[] steps = {"chain.read", "chain.view", "chain.status", "GET the page (HTTP)"};
    for (String step : steps) {
      times.put(step, new long[40]);
    }
    for (int round = -10; round < 40; round++) {
      long[] t = new long[4];
      long start = System.nanoTime();
      chain.read(who, big, be.ifg.domain.Purpose.PLAN);
      t[0] = System.nanoTime() - start;
      start = System.nanoTime();
      chain.view(who, big, be.ifg.domain.Purpose.PLAN);
      t[1] = System.nanoTime() - start;
      start = System.nanoTime();
      chain.status(who, big);
      t[2] = System.nanoTime() - start;
      start = System.nanoTime();
      an.get200("/dossiers/" + big.value() + "?purpose=PLAN");
      t[3] = System.nanoTime() - start;
      if (round >= 0) {
        for (int i = 0; i < steps.length; i++) {
          times.get(steps[i])[round] = t[i];
        }
      }
    }
    StringBuilder b =
        new StringBuilder(
            "The big dossier alone, after the run (one caller, 40 rounds after 10 more, as an):\n\n"
                + "| step | p50 ms | p95 ms |\n|---|---:|---:|\n");
    times.forEach(
        (step, t) -> {
          java.util.Arrays.sort(t);
          b.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %.1f | %.1f |%n",
                  step,
                  Figures.percentile(t, 50) / 1e6,
                  Figures.percentile(t, 95) / 1e6));
        });
    return b.toString();
  }

  private ConfigurableApplicationContext start(EmbeddedPostgres pg) {
    return new SpringApplicationBuilder(IfgWeb.class)
        .profiles("demo")
        .run(
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres",
            "--spring.datasource.username=postgres",
            "--spring.datasource.hikari.maximum-pool-size=" + pool,
            "--spring.datasource.hikari.minimum-idle=" + pool,
            "--logging.level.be.ifg.web=warn");
  }

  private static boolean shareRoute(URI base, DossierId big) throws Exception {
    VirtualUser probe =
        new VirtualUser("bart", demoPasswords().getProperty("bart").trim(), base, 0);
    probe.signIn();
    return probe.takesPost("/dossiers/" + big.value() + "/share");
  }

  /** The demo users' passwords, from the demo users file (never written here). */
  private static Properties demoPasswords() throws Exception {
    Properties p = new Properties();
    try (InputStream in = IfgWeb.class.getResourceAsStream("/demo/users.properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static String pgVersion(EmbeddedPostgres pg) throws Exception {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW server_version")) {
      r.next();
      return r.getString(1);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static Figures.Row row(List<Figures.Row> rows, String page) {
    return rows.stream().filter(r -> r.page().equals(page)).findFirst().orElseThrow();
  }

  private String report(
      String pgVersion,
      VirtualUser.Plan plan,
      boolean sharing,
      long seeding,
      long signingIn,
      long logBefore,
      long logAfter,
      long verifying,
      String load0,
      String load1) {
    return String.format(
        Locale.ROOT,
        """
        # ifg-web under load

        - when: %s
        - PostgreSQL %s (embedded, loopback), synchronous_commit=%s; HikariCP pool %d
        - %d virtual users (members an, bart, chris, dina in turn), %d s warm-up, %d s measured,
          %d ms between a user's pages on average; acting: %s
        - big dossier: %d items; 20 other dossiers; 150 registrations to decide (seeded in %.1f s);
          the users signed in (four at a time) in %.1f s
        - dossier pages read: %d, agendas: %d; decisions: %d, shares: %d
        - disclosure log: %d -> %d entries, verified in %.1f s
        - machine: %d cores, load average before %s, after %s
        """,
        Instant.now(),
        pgVersion,
        syncCommit,
        pool,
        users,
        warmup,
        seconds,
        think,
        sharing ? "accept/decline (an) and share" : "accept/decline (an)",
        items,
        seeding / 1e9,
        signingIn / 1e9,
        plan.dossierReads().get(),
        plan.agendaReads().get(),
        plan.decided().size(),
        plan.shares().get(),
        logBefore,
        logAfter,
        verifying / 1e9,
        Runtime.getRuntime().availableProcessors(),
        load0,
        load1);
  }

  /** How many items the coordinator's plan view of these dossiers holds, shown or withheld. */
  private static long items(ChainApproach chain, List<DossierId> dossiers) {
    long n = 0;
    for (DossierId d : dossiers) {
      if (chain.view(ProfessionalId.of("an"), d, Purpose.PLAN)
          instanceof DossierView.Itemized itemized) {
        n += itemized.shown().size() + itemized.withheld().size();
      }
    }
    return n;
  }
}
