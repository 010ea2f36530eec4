package be.ifg.workflow.attack;

import static be.ifg.workflow.attack.Family.AN;
import static be.ifg.workflow.attack.Family.BART;
import static be.ifg.workflow.attack.Family.D1;
import static be.ifg.workflow.attack.Family.EMRE;
import static be.ifg.workflow.attack.Family.FIEN;
import static be.ifg.workflow.attack.Family.KEES;
import static be.ifg.workflow.attack.Family.LIEN;
import static be.ifg.workflow.attack.Family.NIELS;
import static be.ifg.workflow.attack.Family.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import be.ifg.domain.CaseTable;
import be.ifg.domain.DossierId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.ItemId;
import be.ifg.domain.Language;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.SessionId;
import be.ifg.persistence.memory.InMemoryStore;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.DossierPage;
import be.ifg.workflow.DossierView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Concealment as non-interference: two worlds that differ only in items hidden from an actor give
 * that actor identical answers to every question the SDK answers — decisions on any item, views for
 * every purpose, the summary, the agenda, a session's agenda and minutes, the list of dossiers, the
 * signals, the rejections of grants and revocations, dossier pages for every purpose ({@code
 * read}), and the number of log entries each question costs.
 *
 * <p>An item is hidden from an actor when the actor may not learn that it exists: every item for an
 * actor without standing at the table (an outsider, a registrant, a professional of a seated
 * partner who is not at the table, an unpledged member, a former member, a member of another table
 * on the same store), and a victim location the actor neither contributed (by seat), directs nor
 * holds a grant for. The worlds are frozen in time so that only the hidden items differ.
 */
class NonInterferenceProperties {
  private static final SessionId SESSION = SessionId.of("zitting-1");

  private static final ProfessionalId CAS = ProfessionalId.of("cas");
  private static final List<ProfessionalId> MEMBERS = List.of(AN, BART, EMRE, FIEN);
  private static final List<String> SEATS = List.of("caw", "pol", "ggz", "jh");
  private static final InformationCategory[] CATEGORIES = InformationCategory.values();

  /** One generated pair of worlds: what both share, what only the second has, and who asks. */
  private record Pair(long seed) {
    Random random() {
      return new Random(seed);
    }
  }

  /** The world that was generated, as commands, and the actor the hidden items are hidden from. */
  private static final class Description {
    final ProfessionalId actor;
    final boolean standing;
    final ProfessionalId director;
    final boolean directing;
    final boolean formerMember;
    final List<Share> visible = new ArrayList<>();
    final List<Share> hidden = new ArrayList<>();
    final List<Integer> hiddenAt = new ArrayList<>();

    Description(long seed) {
      Random r = new Random(seed);
      List<ProfessionalId> actors =
          List.of(AN, BART, EMRE, FIEN, NIELS, KEES, LIEN, STRANGER, CAS, FIEN);
      int pick = r.nextInt(actors.size());
      actor = actors.get(pick);
      formerMember = pick == actors.size() - 1;
      standing = MEMBERS.contains(actor) && !formerMember;
      directing = r.nextBoolean();
      ProfessionalId chosen = MEMBERS.get(r.nextInt(MEMBERS.size()));
      if (standing && chosen.equals(actor)) {
        // a director sees every victim location: nothing could be hidden from them
        chosen = MEMBERS.get((MEMBERS.indexOf(chosen) + 1) % MEMBERS.size());
      }
      director = chosen;
      int visibleCount = r.nextInt(5);
      for (int i = 0; i < visibleCount; i++) {
        int by = r.nextInt(MEMBERS.size());
        InformationCategory category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        if (category == InformationCategory.VICTIM_LOCATION && standing && !mayKnow(by)) {
          category = InformationCategory.INCIDENT;
        }
        List<String> audience = new ArrayList<>();
        if (r.nextInt(4) == 0) {
          audience.add(SEATS.get(r.nextInt(SEATS.size())));
        }
        visible.add(new Share(ItemId.of("v" + i), MEMBERS.get(by), category, audience));
      }
      int hiddenCount = 1 + r.nextInt(3);
      for (int i = 0; i < hiddenCount; i++) {
        int by = r.nextInt(MEMBERS.size());
        InformationCategory category;
        if (standing) {
          // only a victim location from another seat, the actor not directing, is hidden from them
          while (mayKnow(by)) {
            by = (by + 1) % MEMBERS.size();
          }
          category = InformationCategory.VICTIM_LOCATION;
        } else {
          category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        }
        hidden.add(new Share(ItemId.of("h" + i), MEMBERS.get(by), category, List.of()));
        hiddenAt.add(r.nextInt(visibleCount + 1));
      }
    }

    /** Whether the actor may know a victim location the member at this index contributes. */
    private boolean mayKnow(int contributor) {
      return MEMBERS.get(contributor).equals(actor) || (directing && director.equals(actor));
    }

    List<ItemId> allIds() {
      List<ItemId> ids = new ArrayList<>();
      visible.forEach(s -> ids.add(s.item()));
      hidden.forEach(s -> ids.add(s.item()));
      ids.add(ItemId.of("unknown"));
      return ids;
    }
  }

  private record Share(
      ItemId item, ProfessionalId by, InformationCategory category, List<String> audience) {}

  /** Plays a world: the shared commands, and the hidden ones too when asked. */
  private static Family play(Description d, boolean withHidden, InMemoryStore store) {
    Family f = new Family(store);
    f.ticking = false;
    f.ok(AN, new Command.ScheduleSession(SESSION, f.clock.instant()));
    f.building();
    List<Share> shares = new ArrayList<>(d.visible);
    if (withHidden) {
      for (int i = d.hidden.size() - 1; i >= 0; i--) {
        shares.add(Math.min(d.hiddenAt.get(i), shares.size()), d.hidden.get(i));
      }
    }
    for (Share s : shares) {
      f.ok(s.by(), Family.share(s.item(), s.category(), s.audience().toArray(new String[0])));
    }
    if (d.directing) {
      f.ok(AN, new Command.CompleteDossier());
      f.ok(AN, Family.assess());
      f.ok(AN, new Command.AppointDirector(d.director, null, SESSION));
    }
    if (d.formerMember) {
      f.ok(AN, new Command.LeaveTable(FIEN));
    }
    return f;
  }

  private static Family otherTable(InMemoryStore store) {
    CaseTable east =
        CaseTable.builder("oost-vlaanderen")
            .partner("caw", PartnerKind.CAW)
            .member("cas", "caw")
            .coordinator("cas")
            .build();
    Family f = new Family(store, east);
    f.ticking = false;
    return f;
  }

  /** Every answer the actor gets, as text: the same text means the same answers. */
  private static List<String> answers(Description d, ChainApproach chain) {
    List<String> out = new ArrayList<>();
    ProfessionalId who = d.actor;
    for (ItemId item : d.allIds()) {
      for (AccessAction action : AccessAction.values()) {
        for (Purpose purpose : Purpose.values()) {
          out.add(
              "decide "
                  + item
                  + " "
                  + action
                  + " "
                  + purpose
                  + ": "
                  + chain.decide(who, action, D1, item, purpose));
        }
      }
    }
    for (Purpose purpose : Purpose.values()) {
      out.add("view " + purpose + ": " + describe(chain.view(who, D1, purpose)));
    }
    for (Purpose purpose : Purpose.values()) {
      out.add("read " + purpose + ": " + describe(chain.read(who, D1, purpose)));
    }
    out.add("read unknown: " + describe(chain.read(who, DossierId.of("d9"), Purpose.PLAN)));
    out.add("status: " + chain.status(who, D1));
    out.add("agenda: " + chain.agenda(who, LocalDate.of(2026, 3, 10)));
    out.add("dossier agenda: " + chain.agenda(who, D1, LocalDate.of(2026, 3, 10)));
    out.add("dossiers: " + chain.dossiers(who));
    out.add("session agenda: " + chain.sessionAgenda(who, SESSION));
    out.add("minutes: " + chain.minutes(who, SESSION));
    out.add("minutes of no session: " + chain.minutes(who, SessionId.of("never")));
    out.add("signals: " + chain.signals(who));
    int before = chain.audit().size();
    for (ItemId item : d.allIds()) {
      out.add(
          "grant "
              + item
              + ": "
              + chain.handle(
                  who,
                  D1,
                  new Command.GrantAccess(item, who.equals(BART) ? FIEN : BART, Purpose.SAFETY)));
      out.add(
          "revoke "
              + item
              + ": "
              + chain.handle(who, D1, new Command.RevokeAccess(item, BART, Purpose.SAFETY)));
    }
    out.add("log entries of the questions: " + before);
    return out;
  }

  private static String describe(DossierView v) {
    StringBuilder b = new StringBuilder(v.getClass().getSimpleName()).append(' ');
    b.append(v.header()).append(' ').append(v.ruleIds()).append(' ');
    if (v instanceof DossierView.Itemized i) {
      b.append(i.shown()).append(' ').append(i.withheld()).append(' ').append(i.informing());
      b.append(' ').append(i.consents().entries()).append(' ').append(i.assessments());
    } else if (v instanceof DossierView.Aggregated a) {
      b.append(a.itemsPerCategory())
          .append(a.partiesPerRole())
          .append(a.requests())
          .append(a.goals())
          .append(a.rules());
    } else if (v instanceof DossierView.Refused r) {
      b.append(r.rules());
    }
    return b.toString();
  }

  /** A dossier page as text: every part with its findings, and every step in all languages. */
  private static String describe(DossierPage page) {
    StringBuilder b = new StringBuilder(page.getClass().getSimpleName()).append(' ');
    b.append(page.header()).append(' ').append(page.ruleIds()).append(' ');
    if (page instanceof DossierPage.Shown shown) {
      for (DossierPage.Part<?> part : shown.parts()) {
        b.append(part).append(' ');
      }
      for (DossierPage.Step step : shown.timeline().facts().orElse(List.of())) {
        for (Language language : Language.values()) {
          b.append(step.text().text(language)).append(' ');
        }
      }
    } else if (page instanceof DossierPage.Refused refused) {
      b.append(refused.rules());
    }
    return b.toString();
  }

  @Test
  void itemsHiddenFromAnActorChangeNoAnswerTheActorGets() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Description d = new Description(seed);
              InMemoryStore storeA = new InMemoryStore();
              InMemoryStore storeB = new InMemoryStore();
              Family without = play(d, false, storeA);
              Family with = play(d, true, storeB);
              ChainApproach a = without.chain;
              ChainApproach b = with.chain;
              if (d.actor.equals(CAS)) {
                a = otherTable(storeA).chain;
                b = otherTable(storeB).chain;
              }
              List<String> expected = answers(d, a);
              List<String> actual = answers(d, b);
              for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i))
                    .as("seed %s, actor %s, hidden %s", seed, d.actor, d.hidden)
                    .isEqualTo(expected.get(i));
              }
              int entriesA = a.audit().size();
              int entriesB = b.audit().size();
              assertThat(entriesB).isEqualTo(entriesA);
              if (d.actor.equals(CAS)) {
                // and through this table's own chain approach, where cas is nobody
                assertThat(answers(d, with.chain)).isEqualTo(answers(d, without.chain));
              }
            });
  }

  @Test
  void theGeneratorCoversEveryKindOfActor() {
    Map<ProfessionalId, Integer> seen = new java.util.HashMap<>();
    for (long seed = 0; seed < 200; seed++) {
      seen.merge(new Description(seed).actor, 1, Integer::sum);
    }
    assertThat(seen.keySet()).contains(AN, BART, EMRE, FIEN, NIELS, KEES, LIEN, STRANGER, CAS);
  }
}
