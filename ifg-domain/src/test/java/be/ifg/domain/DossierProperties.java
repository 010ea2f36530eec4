package be.ifg.domain;

import static be.ifg.domain.Samples.AN;
import static be.ifg.domain.Samples.BART;
import static be.ifg.domain.Samples.D1;
import static be.ifg.domain.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the fold: it is deterministic, and on generated well-formed histories it agrees
 * with a small, independent model of the lifecycle.
 */
class DossierProperties {

  @Test
  void evolveIsDeterministic() {
    qt().forAll(longs().all(), integers().between(1, 60))
        .checkAssert(
            (seed, length) -> {
              List<DossierEvent> events = new Walk(seed).events(length);
              Dossier once = Dossier.fold(events);
              Dossier again = Dossier.fold(events);
              assertThat(again).isEqualTo(once);
              Dossier stepwise = null;
              for (DossierEvent e : events) {
                stepwise = Dossier.evolve(stepwise, e);
              }
              assertThat(stepwise).isEqualTo(once);
            });
  }

  @Test
  void foldAgreesWithAnIndependentModel() {
    qt().forAll(longs().all(), integers().between(1, 80))
        .checkAssert(
            (seed, length) -> {
              Walk walk = new Walk(seed);
              List<DossierEvent> events = walk.events(length);
              Dossier d = Dossier.fold(events);
              Model m = walk.model;
              assertThat(d.version()).isEqualTo(events.size());
              assertThat(d.status()).isEqualTo(m.status);
              assertThat(d.items()).hasSize(m.items);
              assertThat(d.openRequests()).hasSize(m.openRequests);
              assertThat(d.assessments()).hasSize(m.assessments);
              assertThat(d.reassessmentDue()).isEqualTo(m.reassessmentDue);
              assertThat(d.planHistory()).hasSize(m.planVersions);
              assertThat(d.incidents()).hasSize(m.incidents);
              assertThat(d.lastChangedAt()).isEqualTo(events.get(events.size() - 1).at());
            });
  }

  @Test
  void eventsAreValues() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 30), longs().between(0, 1L << 40))
        .checkAssert(
            (text, seconds) -> {
              String summary = text.isBlank() ? "x" + text : text;
              Instant at = Instant.ofEpochSecond(seconds);
              DossierEvent a = new DossierEvent.ProgressReported(D1, AN, at, summary);
              DossierEvent b = new DossierEvent.ProgressReported(D1, AN, at, summary);
              assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
              assertThat(a).isNotEqualTo(new DossierEvent.ProgressReported(D1, BART, at, summary));
              assertThat(a)
                  .isNotEqualTo(
                      new DossierEvent.ProgressReported(D1, AN, at.plusSeconds(1), summary));
            });
  }

  /** The independent model: counts and the status, kept by hand from what the walk emits. */
  static final class Model {
    DossierStatus status = DossierStatus.REGISTERED;
    int items;
    int openRequests;
    int requestsMade;
    int assessments;
    boolean reassessmentDue;
    int planVersions;
    int incidents;
    boolean director;
    int goalsOpen;
  }

  /** A random walk through the lifecycle that emits only well-formed events. */
  static final class Walk {
    private final Random random;
    final Model model = new Model();
    private Instant now = T0;

    Walk(long seed) {
      this.random = new Random(seed);
    }

    List<DossierEvent> events(int length) {
      List<DossierEvent> out = new ArrayList<>();
      out.add(Samples.registered(D1, now));
      while (out.size() < length && !model.status.isTerminal()) {
        now = now.plusSeconds(1 + random.nextInt(86_400));
        out.add(next());
      }
      return out;
    }

    private DossierEvent next() {
      int dice = random.nextInt(10);
      switch (model.status) {
        case REGISTERED:
          if (dice < 2) {
            model.status = DossierStatus.NOT_ADMITTED;
            return new DossierEvent.Declined(D1, AN, now, "not intrafamilial", "refer to CAW");
          }
          model.status = DossierStatus.DOSSIER_BUILDING;
          return new DossierEvent.Accepted(D1, AN, now);
        case DOSSIER_BUILDING:
          if (dice < 3) {
            model.items++;
            return new DossierEvent.InformationShared(
                D1, BART, now, Samples.item("i" + model.items, InformationCategory.INCIDENT, now));
          }
          if (dice < 5) {
            model.requestsMade++;
            model.openRequests++;
            return new DossierEvent.InformationRequested(
                D1,
                AN,
                now,
                RequestId.of("r" + model.requestsMade),
                PartnerId.of("pol"),
                "question",
                LocalDate.parse("2026-03-01"));
          }
          if (model.openRequests > 0) {
            model.openRequests--;
            return new DossierEvent.RequestWaived(
                D1, AN, now, RequestId.of("r" + (model.requestsMade - model.openRequests)), "moot");
          }
          if (dice == 9) {
            model.status = DossierStatus.WITHDRAWN;
            return new DossierEvent.Withdrawn(D1, AN, now, "family moved");
          }
          model.status = DossierStatus.WEIGHING;
          return new DossierEvent.DossierCompleted(D1, AN, now);
        case WEIGHING:
          if (model.assessments == 0 || dice < 2) {
            model.assessments++;
            model.reassessmentDue = false;
            return new DossierEvent.Assessed(D1, AN, now, Samples.assessment(now));
          }
          if (!model.director) {
            model.director = true;
            return new DossierEvent.DirectorAppointed(D1, AN, now, AN, PartnerId.of("caw"), null);
          }
          if (model.planVersions == 0) {
            model.planVersions = 1;
            model.goalsOpen = 1;
            return new DossierEvent.PlanAdopted(D1, AN, now, Samples.goals());
          }
          model.status = DossierStatus.CASE_DIRECTION;
          return new DossierEvent.CaseDirectionStarted(D1, AN, now);
        case CASE_DIRECTION:
          if (model.reassessmentDue || dice == 0) {
            model.assessments++;
            model.reassessmentDue = false;
            return new DossierEvent.Assessed(D1, AN, now, Samples.assessment(now));
          }
          if (dice < 3) {
            return new DossierEvent.ProgressReported(D1, AN, now, "going well");
          }
          if (dice == 3) {
            model.incidents++;
            model.reassessmentDue = true;
            return new DossierEvent.IncidentReported(D1, AN, now, "new threats", now);
          }
          if (dice == 4) {
            model.planVersions++;
            model.goalsOpen = 1;
            return new DossierEvent.PlanAdjusted(D1, AN, now, "new facts", Samples.goals());
          }
          if (model.goalsOpen > 0) {
            model.goalsOpen = 0;
            return new DossierEvent.GoalClosed(
                D1, AN, now, GoalId.of("g1"), GoalOutcome.ACHIEVED, "team decision");
          }
          model.status = DossierStatus.FOLLOW_UP;
          return new DossierEvent.Concluded(
              D1, AN, now, "violence stopped", now.plusSeconds(180L * 86_400));
        case FOLLOW_UP:
          if (dice < 3) {
            model.incidents++;
            model.reassessmentDue = true;
            model.status = DossierStatus.CASE_DIRECTION;
            return new DossierEvent.IncidentReported(D1, AN, now, "problems return", now);
          }
          model.status = DossierStatus.CLOSED;
          return new DossierEvent.Closed(D1, AN, now);
        default:
          throw new IllegalStateException("the walk does not leave terminal state " + model.status);
      }
    }
  }
}
