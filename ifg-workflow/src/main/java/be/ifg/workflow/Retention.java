package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.Dossier;
import be.ifg.domain.DossierId;
import be.ifg.domain.ItemId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.persistence.LogCheckpoint;
import be.ifg.persistence.Store;
import be.ifg.persistence.StreamId;
import be.ifg.workflow.internal.Reasons;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/*
 * Retention: removing the dossiers whose retention period ended, and what the disclosure log keeps
 * of them.
 *
 * A dossier qualifies when it ended (CLOSED, NOT_ADMITTED or WITHDRAWN) and its last event is older
 * than the period at the clock's now; an active dossier never does. Only the table's coordinator,
 * a member with the pledge, may order a purge. A purge runs in three steps, in this order so that
 * a purge broken off half-way is finished by the next one:
 *
 * 1. One purge entry is appended to the disclosure log (action PURGE, outcome PERMIT, rule
 *    "retention", the coordinator as actor, no dossier): its item decisions list each purged
 *    dossier as "dossier:<digest>" with outcome PURGED, and each entry it tombstones as
 *    "entry:<sequence>" with outcome TOMBSTONED and, as its one rule, the dossier item's id. The
 *    digest is SHA-256 over the table's region and the dossier's id: the purge says how many
 *    dossiers and which entries, and lets whoever knows a dossier's id check that it was purged,
 *    without naming it. With an anchor, the log signs a checkpoint of exactly this entry.
 * 2. Every entry of the log about a purged dossier at this table (or without a table, as entries
 *    written before tables were recorded are) is replaced by its tombstone, which names the purge.
 * 3. Each dossier's stream is removed (EventStore.purge) and dropped from the chain approach's
 *    cache.
 *
 * Verification (DisclosureLog.verify) then requires of every tombstone that its purge entry exists
 * after it, is a permitted PURGE entry with its content, and lists the tombstone's sequence: a
 * tombstone nobody ordered is reported. Checkpoints.verify further requires of every purge entry
 * after the anchor's first checkpoint a checkpoint of exactly that entry, signed by a trusted key:
 * a purge entry written into the store by someone without the application's key is reported too.
 */
final class Retention {
  /** The action of a purge entry. */
  static final String PURGE = "PURGE";

  /** The action of a dry run: which dossiers a purge would remove, asked and answered. */
  static final String PURGE_DRY_RUN = "PURGE_DRY_RUN";

  /** The rule of a permitted purge. */
  static final String RULE = "retention";

  static final String PURGED = "PURGED";
  static final String TOMBSTONED = "TOMBSTONED";
  private static final String DOSSIER_PREFIX = "dossier:";
  private static final String ENTRY_PREFIX = "entry:";

  private Retention() {}

  /**
   * Carries out (or, for a dry run, previews) a purge at a table.
   *
   * @param table the table now
   * @param dossierIds the table's dossiers
   * @param load a dossier's state by id
   * @param store the store of the dossiers' streams
   * @param log the disclosure log
   * @param evict drops a purged dossier from the chain approach's cache
   */
  static Purge purge(
      TableState table,
      List<DossierId> dossierIds,
      Function<DossierId, Optional<Dossier>> load,
      Store store,
      DisclosureLog log,
      Consumer<DossierId> evict,
      Clock clock,
      ProfessionalId actor,
      Period olderThan,
      boolean dryRun) {
    checkNotNull(actor, "actor");
    checkNotNull(olderThan, "olderThan");
    checkArgument(
        !olderThan.isNegative() && !olderThan.isZero(),
        "the retention period must be longer than zero: %s",
        olderThan);
    Instant now = clock.instant();
    String region = table.region();
    String action = dryRun ? PURGE_DRY_RUN : PURGE;
    List<Reason> reasons = refusals(table, actor);
    if (!reasons.isEmpty()) {
      List<String> codes = reasons.stream().map(r -> r.code().name()).distinct().toList();
      log.append(
          new Disclosure(
              now,
              actor,
              region,
              null,
              null,
              action,
              Purpose.PLAN,
              Disclosure.DENY,
              codes,
              List.of()));
      return new Purge.Refused(reasons);
    }
    Instant cutoff = ZonedDateTime.ofInstant(now, clock.getZone()).minus(olderThan).toInstant();
    List<DossierId> due = new ArrayList<>();
    for (DossierId id : dossierIds) {
      load.apply(id)
          .filter(d -> d.status().isTerminal() && !d.lastChangedAt().isAfter(cutoff))
          .ifPresent(d -> due.add(id));
    }
    // the entries about each dossier, found before the purge entry is appended
    Map<DossierId, String> digests = new LinkedHashMap<>();
    for (DossierId id : due) {
      digests.put(id, DOSSIER_PREFIX + dossierDigest(region, id));
    }
    List<DisclosureEntry> doomed = new ArrayList<>();
    List<DisclosureEntry.ItemDecision> items = new ArrayList<>();
    for (String digest : digests.values()) {
      items.add(new DisclosureEntry.ItemDecision(ItemId.of(digest), PURGED, List.of()));
    }
    if (!due.isEmpty()) {
      for (DisclosureEntry e : log.entries()) {
        DossierId about = e.dossier();
        if (e.isTombstone() || about == null || !digests.containsKey(about)) {
          continue;
        }
        String at = e.table();
        if (at != null && !at.equals(region)) {
          continue;
        }
        doomed.add(e);
        items.add(
            new DisclosureEntry.ItemDecision(
                ItemId.of(ENTRY_PREFIX + e.sequence()), TOMBSTONED, List.of(digests.get(about))));
      }
    }
    if (dryRun) {
      log.append(
          new Disclosure(
              now,
              actor,
              region,
              null,
              null,
              action,
              Purpose.PLAN,
              Disclosure.PERMIT,
              List.of(RULE),
              List.of()));
      return new Purge.Done(now, actor, olderThan, due, doomed.size(), 0, true);
    }
    log.checkTombstones(); // a store that cannot keep tombstones fails before anything changes
    DisclosureEntry entry =
        log.appendPurge(
            new Disclosure(
                now,
                actor,
                region,
                null,
                null,
                PURGE,
                Purpose.PLAN,
                Disclosure.PERMIT,
                List.of(RULE),
                items));
    List<DisclosureEntry> tombstones = new ArrayList<>(doomed.size());
    for (DisclosureEntry e : doomed) {
      tombstones.add(e.tombstone(entry.sequence()));
    }
    log.tombstone(tombstones);
    for (DossierId id : due) {
      store.purge(StreamId.dossier(region, id));
      evict.accept(id);
    }
    if (log.anchored()) {
      // the purge entry's checkpoint was signed with the streams still there: sign them now gone
      log.checkpoint(EventHeads.take(store));
    }
    return new Purge.Done(now, actor, olderThan, due, tombstones.size(), entry.sequence(), false);
  }

  /** Why an actor may not purge at this table: only its coordinator, a member with the pledge. */
  private static List<Reason> refusals(TableState table, ProfessionalId actor) {
    List<Reason> reasons = new ArrayList<>(2);
    if (!actor.equals(table.coordinator()) || !table.isMember(actor)) {
      reasons.add(
          Reasons.reason(
              ReasonCode.NOT_AUTHORIZED,
              "coordinator.required",
              table.region(),
              Reasons.book().phrase("act.purge-dossiers"),
              actor));
    } else if (!table.hasPledged(actor)) {
      reasons.add(
          Reasons.reason(
              ReasonCode.PLEDGE_MISSING,
              "pledge.missing",
              actor,
              Reasons.book().phrase("act.purge-dossiers")));
    }
    return reasons;
  }

  /** The digest a purge entry names a dossier by: over the table's region and the dossier's id. */
  static String dossierDigest(String region, DossierId id) {
    return ChainHash.digest("region=" + region.length() + ":" + region + ";dossier=" + id.value());
  }

  /** Whether an entry is a permitted purge with its content: one that may make tombstones. */
  static boolean isPurge(DisclosureEntry e) {
    return !e.isTombstone() && PURGE.equals(e.action()) && Disclosure.PERMIT.equals(e.outcome());
  }

  /**
   * What is wrong with the tombstones of a log, or {@code null}: each must name a purge entry after
   * it that lists it.
   */
  static LogVerification.@Nullable Broken uncovered(
      List<DisclosureEntry> tombstones, List<DisclosureEntry> entries) {
    Map<Long, Set<Long>> listed = new HashMap<>();
    for (DisclosureEntry t : tombstones) {
      long p = t.purgedBy();
      if (p > entries.size() || !isPurge(entries.get((int) p - 1))) {
        return new LogVerification.Broken(
            t.sequence(),
            "entry "
                + t.sequence()
                + " is a tombstone of purge "
                + p
                + ", but entry "
                + p
                + (p > entries.size() ? " does not exist" : " is not a purge")
                + ": an entry was hidden");
      }
      Set<Long> covered = listed.computeIfAbsent(p, k -> listedBy(entries.get((int) (k - 1))));
      if (!covered.contains(t.sequence())) {
        return new LogVerification.Broken(
            t.sequence(),
            "entry "
                + t.sequence()
                + " is a tombstone of purge "
                + p
                + ", which does not list it: an entry was hidden");
      }
    }
    return null;
  }

  private static Set<Long> listedBy(DisclosureEntry purge) {
    Set<Long> out = new HashSet<>();
    for (DisclosureEntry.ItemDecision d : purge.items()) {
      String id = d.item().value();
      if (TOMBSTONED.equals(d.outcome()) && id.startsWith(ENTRY_PREFIX)) {
        try {
          out.add(Long.parseLong(id.substring(ENTRY_PREFIX.length())));
        } catch (NumberFormatException notAnEntry) {
          // not an entry this library listed: covers nothing
        }
      }
    }
    return out;
  }

  /**
   * What is wrong with the purges of a log against its checkpoints, or {@code null}: every purge
   * entry after the first checkpoint needs a checkpoint of exactly itself (the signatures are
   * checked elsewhere).
   */
  static LogVerification.@Nullable Broken unvouched(
      List<DisclosureEntry> entries, List<LogCheckpoint> checkpoints) {
    if (checkpoints.isEmpty()) {
      return null;
    }
    long first = checkpoints.get(0).length();
    Set<Long> lengths = new HashSet<>();
    for (LogCheckpoint c : checkpoints) {
      lengths.add(c.length());
    }
    for (DisclosureEntry e : entries) {
      if (e.sequence() > first && isPurge(e) && !lengths.contains(e.sequence())) {
        return new LogVerification.Broken(
            e.sequence(),
            "entry "
                + e.sequence()
                + " is a purge without a signed checkpoint of its own: the application did not"
                + " write it");
      }
    }
    return null;
  }

  /** How many tombstones a log holds. */
  static long tombstones(List<DisclosureEntry> entries) {
    return entries.stream().filter(DisclosureEntry::isTombstone).count();
  }
}
