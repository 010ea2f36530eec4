package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.InformationCategory;
import be.ifg.domain.InformationItem;
import be.ifg.domain.ItemId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.RecordedEvent;
import be.ifg.persistence.RegionEvents;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's durable place in a table's events: {@link #poll} hands the next {@link Notice}s in
 * the store's global order to a handler and then saves how far it got, under the subscription's
 * name, in the store ({@link be.ifg.persistence.SubscriptionStore}). Made by {@link
 * ChainApproach#subscribe}.
 *
 * <pre>{@code
 * Subscription s = chain.subscribe(ProfessionalId.of("an"), "reminders:an");
 * while (running) {
 *   if (s.poll(100, notice -> mailer.tell(notice)) == 0) {
 *     Thread.sleep(1_000);
 *   }
 * }
 * }</pre>
 *
 * <p><b>At least once.</b> The position is saved after the handler returned, so a crash between
 * handling a notice and saving delivers it again to the next poll (of this or of a new chain
 * approach over the same store, subscribing the same professional under the same name). A notice's
 * {@link Notice#position()} is the same when it comes again: a handler that remembers the last
 * position it acted on skips what it has done. A handler that throws: the position is saved up to
 * the last notice it handled, then the exception goes on to the caller, and the next poll starts
 * with the notice that failed.
 *
 * <p><b>Need-to-know, at delivery.</b> What a notice may say is decided when it is delivered, for
 * the subscriber and the subscription's {@link #purpose()}, as the table is then:
 *
 * <ul>
 *   <li>a member with standing (a member now, pledged) receives every event of the table's own
 *       stream and of its dossiers, except an event about a victim location the member may not see
 *       for that purpose (its sharing, a grant or revocation of access to it): that one leaves no
 *       notice, as it leaves no step on a dossier page;
 *   <li>a registrant who does not sit at the table receives, of the dossiers they registered, the
 *       steps that decide what they must do: the registration, the table's acceptance or decline,
 *       informing the parties or deferring it, closure and withdrawal ({@link #REGISTRANT_KINDS});
 *   <li>anybody else (a member who left, an unpledged member, an outsider) receives nothing.
 * </ul>
 *
 * <p>Events that are not delivered still move the position on: a subscriber cannot tell a withheld
 * event from another table's event or a purged dossier's, except through the gaps between positions
 * (see the security page). Every poll that decides about events of this table is written to the
 * disclosure log as one entry (action {@link Disclosure#SUBSCRIPTION}), before any notice is handed
 * over, with one decision per event named {@code event:<position>} (for a subscriber without
 * standing, the entry's refusing rules alone); a poll that finds no event of this table writes
 * nothing.
 *
 * <p>One subscription should be polled by one thread at a time; two pollers of one name both
 * deliver, and the saved position is the higher of theirs.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Subscription {
  /** How many events one read of the store returns. */
  public static final int BATCH = 500;

  /**
   * The most events of the table one poll decides about: a poll that finds few or no notices for
   * its subscriber (one without standing receives none) stops there and saves its position, so a
   * poll's work and its log entry stay bounded whatever the store holds; the next poll goes on.
   */
  public static final int EXAMINED_PER_POLL = 5_000;

  /**
   * The kinds of dossier event a registrant who does not sit at the table receives, of the dossiers
   * they registered.
   */
  public static final Set<String> REGISTRANT_KINDS =
      Set.of(
          "Registered",
          "Accepted",
          "Declined",
          "PartyInformed",
          "InformingDeferred",
          "Closed",
          "Withdrawn");

  private final ChainApproach chain;
  private final ProfessionalId subscriber;
  private final String name;
  private final String key;
  private final Purpose purpose;
  private int examinedPerPoll = EXAMINED_PER_POLL;

  Subscription(
      ChainApproach chain, ProfessionalId subscriber, String name, String key, Purpose purpose) {
    this.chain = chain;
    this.subscriber = subscriber;
    this.name = name;
    this.key = key;
    this.purpose = purpose;
  }

  /** The purpose the notices are decided for: SAFETY or PLAN. */
  public Purpose purpose() {
    return purpose;
  }

  /** Who receives the notices. */
  public ProfessionalId subscriber() {
    return subscriber;
  }

  /** The subscription's name, as given to {@link ChainApproach#subscribe}. */
  public String name() {
    return name;
  }

  /**
   * The name the store keeps the position under: {@code REGION:SUBSCRIBER:NAME}, so that one name
   * at two tables of a store, or for two subscribers, is two subscriptions.
   */
  public String storedAs() {
    return key;
  }

  /**
   * The position saved last: the global position up to which notices were handled (0 before the
   * first poll).
   *
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public long position() {
    return chain.store().position(key);
  }

  /**
   * Whether the saved position is past every event of the table the store holds now: a poll that
   * returned 0 may have stopped after deciding about {@link #EXAMINED_PER_POLL} events none of
   * which was for the subscriber, and then the next poll goes on.
   *
   * @throws be.ifg.persistence.PersistenceException if the store fails
   */
  public boolean caughtUp() {
    Store store = chain.store();
    long at = store.position(key);
    while (true) {
      RegionEvents next = store.readRegion(at, BATCH, chain.region());
      if (!next.events().isEmpty()) {
        return false;
      }
      if (next.position() <= at) {
        return true;
      }
      at = next.position();
    }
  }

  /**
   * Hands the next notices the subscriber may receive, in global order, to the handler, one at a
   * time on the calling thread, then saves the position.
   *
   * @param max the most notices to hand over (at least 1)
   * @param handler what to do with each notice
   * @return how many notices the handler received; 0 when there is nothing new for the subscriber
   *     among the events decided about in this poll (at most {@link #EXAMINED_PER_POLL}; {@link
   *     #caughtUp()} tells whether more follow)
   * @throws IllegalArgumentException if {@code max < 1}
   * @throws be.ifg.persistence.PersistenceException if the store fails: before any notice was
   *     handed over when reading or logging fails; when saving the position fails, the notices
   *     handed over come again in the next poll
   * @throws RuntimeException whatever the handler throws, after the position was saved up to the
   *     last notice it handled
   */
  public int poll(int max, Consumer<? super Notice> handler) {
    checkArgument(max >= 1, "max must be >= 1: %s", max);
    checkNotNull(handler, "handler");
    Store store = chain.store();
    long from = store.position(key);
    TableState table = chain.tableState();
    Instant at = chain.clock().instant();
    Deciding deciding = new Deciding(table, at);
    List<Notice> notices = new ArrayList<>();
    List<DisclosureEntry.ItemDecision> decisions = new ArrayList<>();
    long readUpTo = from;
    boolean decided = false;
    int examined = 0;
    read:
    while (true) {
      long before = readUpTo;
      RegionEvents page = store.readRegion(readUpTo, BATCH, chain.region());
      for (RecordedEvent r : page.events()) {
        if (isOfThisTable(r.stream())) {
          decided = true;
          examined++;
          Notice notice = deciding.notice(r, decisions);
          if (notice != null) {
            notices.add(notice);
          }
        }
        readUpTo = r.position();
        if (notices.size() == max || examined >= examinedPerPoll) {
          break read;
        }
      }
      // the store was read up to the page's position: other tables' events there are passed over
      readUpTo = Math.max(readUpTo, page.position());
      if (readUpTo == before) {
        break;
      }
    }
    if (decided) {
      chain
          .disclosures()
          .log()
          .append(
              new Disclosure(
                  at,
                  subscriber,
                  table.region(),
                  null,
                  null,
                  Disclosure.SUBSCRIPTION,
                  purpose,
                  deciding.scope == Disclosures.Scope.NONE ? Disclosure.DENY : Disclosure.PERMIT,
                  deciding.rules,
                  decisions));
    }
    int handled = 0;
    try {
      for (Notice n : notices) {
        handler.accept(n);
        handled++;
      }
    } finally {
      long upTo =
          handled == notices.size()
              ? readUpTo
              : handled == 0 ? from : notices.get(handled - 1).position();
      if (upTo > from) {
        store.savePosition(key, upTo);
      }
    }
    return handled;
  }

  /** A smaller bound on the events one poll decides about, for tests. */
  Subscription examiningAtMost(int events) {
    checkArgument(events >= 1, "events must be >= 1: %s", events);
    this.examinedPerPoll = events;
    return this;
  }

  private boolean isOfThisTable(StreamId stream) {
    return stream.region().filter(chain.region()::equals).isPresent();
  }

  /** The decisions of one poll: the subscriber's standing once, each dossier's state once. */
  private final class Deciding {
    private final TableState table;
    private final Instant at;
    private final Disclosures.Scope scope;
    private final List<String> rules = new ArrayList<>(2);
    private final Map<DossierId, Optional<Dossier>> dossiers = new HashMap<>();
    private final Map<DossierId, NeedToKnow.Prejudged> prejudged = new HashMap<>();

    Deciding(TableState table, Instant at) {
      this.table = table;
      this.at = at;
      List<RuleFinding> allowed = new ArrayList<>(2);
      List<RuleFinding> refused = new ArrayList<>(2);
      NeedToKnow.actorRules(table, subscriber, allowed, refused);
      if (refused.isEmpty()) {
        scope = Disclosures.Scope.TABLE;
        allowed.forEach(r -> rules.add(r.rule()));
      } else if (!table.isMember(subscriber)
          && table.table().professional(subscriber).isPresent()) {
        scope = Disclosures.Scope.OWN_REGISTRATIONS;
        rules.add(BaselineRule.REGISTRANT.id());
      } else {
        scope = Disclosures.Scope.NONE;
        refused.forEach(r -> rules.add(r.rule()));
      }
    }

    /** The notice of an event of this table, or {@code null}; adds the decision to the log's. */
    @Nullable Notice notice(RecordedEvent r, List<DisclosureEntry.ItemDecision> decisions) {
      if (scope == Disclosures.Scope.NONE) {
        // the entry's rules say why nothing was delivered: a decision per event would add nothing
        return null;
      }
      List<String> why = new ArrayList<>(rules);
      boolean deliver = deliver(r, why);
      decisions.add(
          new DisclosureEntry.ItemDecision(
              ItemId.of("event:" + r.position()),
              deliver ? Disclosure.PERMIT : Disclosure.DENY,
              why));
      if (!deliver) {
        return null;
      }
      return new Notice(
          r.position(),
          r.stream().dossierId().orElse(null),
          r.event().getClass().getSimpleName(),
          r.event().at());
    }

    private boolean deliver(RecordedEvent r, List<String> why) {
      if (r.event() instanceof TableEvent) {
        return scope == Disclosures.Scope.TABLE;
      }
      if (!(r.event() instanceof DossierEvent e)) {
        return false;
      }
      DossierId id = r.stream().dossierId().orElseThrow();
      Optional<Dossier> state = dossiers.computeIfAbsent(id, chain::load);
      if (state.isEmpty()) {
        why.add(BaselineRule.KNOWN_DOSSIER.id());
        return false;
      }
      Dossier dossier = state.get();
      if (scope == Disclosures.Scope.OWN_REGISTRATIONS) {
        return dossier.registration().registrant().equals(subscriber)
            && REGISTRANT_KINDS.contains(e.getClass().getSimpleName());
      }
      ItemId item = itemOf(e);
      if (item == null) {
        return true;
      }
      // an event about an item follows the item's decision as a page's timeline does: a victim
      // location the subscriber may not see leaves no notice; an item the dossier no longer has
      // is decided as one the subscriber may not know
      InformationItem known = null;
      for (InformationItem i : dossier.items()) {
        if (i.id().equals(item)) {
          known = i;
        }
      }
      if (known == null) {
        why.add(BaselineRule.KNOWN_ITEM.id());
        return false;
      }
      if (known.category() != InformationCategory.VICTIM_LOCATION) {
        return true;
      }
      ViewHeader header = new ViewHeader(id, dossier.status(), subscriber, purpose, at);
      NeedToKnow.Prejudged p =
          prejudged.computeIfAbsent(id, x -> NeedToKnow.prejudge(table, subscriber, dossier));
      AccessDecision decision =
          Disclosures.viewItem(chain.policy(), table, dossier, header, p, known);
      why.addAll(decision.ruleIds());
      return decision.isPermit();
    }
  }

  private static @Nullable ItemId itemOf(DossierEvent e) {
    if (e instanceof DossierEvent.InformationShared s) {
      return s.item().id();
    }
    if (e instanceof DossierEvent.RequestAnswered a) {
      return a.item().id();
    }
    if (e instanceof DossierEvent.AccessGranted g) {
      return g.item();
    }
    if (e instanceof DossierEvent.AccessRevoked v) {
      return v.item();
    }
    if (e instanceof DossierEvent.CorrectionRecorded c
        && c.kind() == be.ifg.domain.CorrectionKind.ITEM_CONTENT) {
      return ItemId.of(c.subject());
    }
    return null;
  }

  @Override
  public String toString() {
    return "Subscription[" + name + " for " + subscriber + " at " + chain.region() + "]";
  }
}
