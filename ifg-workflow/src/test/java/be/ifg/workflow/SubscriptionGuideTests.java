package be.ifg.workflow;

import static be.ifg.workflow.Tables.AN;
import static be.ifg.workflow.Tables.LIEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.DossierId;
import be.ifg.domain.Language;
import be.ifg.domain.ProfessionalId;
import be.ifg.persistence.PersistenceException;
import be.ifg.persistence.Store;
import be.ifg.persistence.memory.InMemoryStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The e-mail reminder of docs/subscriptions.md, run with a fake mailer. */
class SubscriptionGuideTests {

  // ---- the guide's code ----

  /** Sends e-mail: the application provides it. */
  interface Mailer {
    void send(ProfessionalId to, String subject, String body);
  }

  /**
   * What the reminder service keeps between runs, in the application's own database: the dossiers
   * it heard of, the reminders it sent and the last notice it acted on.
   */
  static final class Ledger {
    final Set<DossierId> dossiers = new TreeSet<>();
    final Set<String> sent = new HashSet<>();
    long lastPosition;
  }

  /** Reminds one professional of their overdue agenda items by e-mail, once each. */
  static final class OverdueReminders {
    private final ChainApproach chain;
    private final ProfessionalId who;
    private final Mailer mailer;
    private final Ledger ledger;
    private final Subscription notices;

    OverdueReminders(ChainApproach chain, ProfessionalId who, Mailer mailer, Ledger ledger) {
      this.chain = chain;
      this.who = who;
      this.mailer = mailer;
      this.ledger = ledger;
      this.notices = chain.subscribe(who, "overdue-reminders");
    }

    /** One run, e.g. every morning: hear what happened, then remind of what is overdue. */
    int run(LocalDate today) {
      while (notices.poll(100, this::take) > 0 || !notices.caughtUp()) {
        // until the subscriber has heard everything
      }
      int reminded = 0;
      for (DossierId dossier : ledger.dossiers) {
        for (AgendaEntry e : chain.agenda(who, dossier, today)) {
          String key = e.dossier() + "/" + e.kind() + "/" + e.reference() + "/" + e.due();
          if (e.overdue() && ledger.sent.add(key)) {
            mailer.send(
                who,
                "Overdue since " + e.due() + ": " + e.kind().label(Language.EN),
                "Dossier " + e.dossier() + ", " + e.reference() + ". Open it in the application.");
            reminded++;
          }
        }
      }
      return reminded;
    }

    private void take(Notice notice) {
      if (notice.position() <= ledger.lastPosition) {
        return; // delivered again after a crash: acted on already
      }
      notice
          .dossierId()
          .ifPresent(
              d -> {
                if (notice.kind().equals("Closed") || notice.kind().equals("Withdrawn")) {
                  ledger.dossiers.remove(d);
                } else {
                  ledger.dossiers.add(d);
                }
              });
      ledger.lastPosition = notice.position();
    }
  }

  // ---- the tests ----

  private static final Instant START = Instant.parse("2026-02-02T08:00:00Z");

  private final List<String> mails = new ArrayList<>();
  private final Mailer fake = (to, subject, body) -> mails.add(to + "|" + subject + "|" + body);

  private static ChainApproach chain(Store store) {
    return ChainApproach.builder()
        .table(Tables.table())
        .clock(Tables.clockAt(START))
        .store(store)
        .build();
  }

  private static void registerAndAccept(ChainApproach chain, String id) {
    DossierId d = DossierId.of(id);
    assertThat(chain.register(LIEN, Tables.register(d))).isInstanceOf(Decision.Accepted.class);
    assertThat(chain.handle(AN, d, new Command.Accept())).isInstanceOf(Decision.Accepted.class);
  }

  @Test
  void remindsOncePerOverdueItem() {
    ChainApproach chain = chain(new InMemoryStore());
    registerAndAccept(chain, "d1");
    OverdueReminders reminders = new OverdueReminders(chain, AN, fake, new Ledger());

    assertThat(reminders.run(LocalDate.of(2026, 2, 20))).as("nothing overdue yet").isZero();
    int first = reminders.run(LocalDate.of(2026, 3, 10));
    int again = reminders.run(LocalDate.of(2026, 3, 11));

    assertThat(first).isPositive();
    assertThat(again).isZero();
    assertThat(mails).hasSize(first).allMatch(m -> m.startsWith("an|Overdue since 2026-03-02"));
    assertThat(mails).allMatch(m -> m.contains("Dossier d1"));
  }

  @Test
  void remindsOnceAlsoWhenNoticesAreDeliveredAgainAfterACrash() {
    CrashingStore store = new CrashingStore(new InMemoryStore());
    ChainApproach chain = chain(store);
    registerAndAccept(chain, "d1");
    Ledger ledger = new Ledger();
    new OverdueReminders(chain, AN, fake, ledger).run(LocalDate.of(2026, 3, 10));
    int sentBefore = mails.size();
    registerAndAccept(chain, "d2");

    // the process dies after acting on the notices of d2, before their position was saved
    store.crashing = true;
    assertThatThrownBy(
            () -> new OverdueReminders(chain, AN, fake, ledger).run(LocalDate.of(2026, 3, 10)))
        .isInstanceOf(PersistenceException.class);
    store.crashing = false;

    // the next process gets the notices again; the ledger knows them, each reminder goes once
    ChainApproach restarted = chain(store);
    OverdueReminders reminders = new OverdueReminders(restarted, AN, fake, ledger);
    int afterRestart = reminders.run(LocalDate.of(2026, 3, 10));
    assertThat(reminders.run(LocalDate.of(2026, 3, 12))).isZero();

    assertThat(sentBefore).isPositive();
    assertThat(afterRestart).isEqualTo(sentBefore); // d2 has what d1 had
    assertThat(mails).doesNotHaveDuplicates().hasSize(2 * sentBefore);
    assertThat(mails.subList(sentBefore, mails.size())).allMatch(m -> m.contains("Dossier d2"));
  }
}
