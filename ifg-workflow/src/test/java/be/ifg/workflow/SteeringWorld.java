package be.ifg.workflow;

import be.ifg.domain.AssessmentReference;
import be.ifg.domain.AssessmentStatus;
import be.ifg.domain.ClientSystem;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformingRecord;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.PolicySignal;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Registration;
import be.ifg.domain.SignalCategory;
import be.ifg.domain.SignalId;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.StreamId;
import be.ifg.persistence.memory.InMemoryStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A store filled with dossier histories for the steering group's figures, written as events
 * straight to the store: each history is a path through the lifecycle with the days spent in each
 * state.
 */
final class SteeringWorld {
  static final String WEST = "west-vlaanderen";
  static final String EAST = "oost-vlaanderen";
  static final ProfessionalId SONJA = ProfessionalId.of("sonja"); // the steering group's reader
  static final ProfessionalId AN = ProfessionalId.of("an");
  static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
  static final SteeringGroup GROUP =
      new SteeringGroup(
          "stuurgroep-west",
          Set.of(SONJA),
          Set.of(WEST),
          Map.of("no-unsafety", List.of("unsafety", "onveilig")));

  final InMemoryStore store = new InMemoryStore();
  private int signals;

  /** A dossier's path, built step by step; {@link #write} appends it. */
  final class Path {
    private final String region;
    private final DossierId id;
    private final List<DossierEvent> events = new ArrayList<>();
    private Instant at;

    Path(String region, String id, LocalDate registered) {
      this.region = region;
      this.id = DossierId.of(id);
      this.at = registered.atTime(9, 0).toInstant(ZoneOffset.UTC);
      events.add(new DossierEvent.Registered(this.id, AN, at, registration(at), region));
    }

    private Instant after(int days) {
      at = at.plus(Duration.ofDays(days));
      return at;
    }

    Path accepted(int days) {
      events.add(new DossierEvent.Accepted(id, AN, after(days)));
      return this;
    }

    Path declined(int days, String reason) {
      events.add(new DossierEvent.Declined(id, AN, after(days), reason, "refer to the CAW"));
      return this;
    }

    Path weighing(int days) {
      events.add(new DossierEvent.DossierCompleted(id, AN, after(days)));
      return this;
    }

    Path assessed(String band) {
      events.add(new DossierEvent.Assessed(id, AN, at, assessment(band)));
      return this;
    }

    Path directed(int days) {
      events.add(new DossierEvent.CaseDirectionStarted(id, AN, after(days)));
      return this;
    }

    Path concluded(int days) {
      Instant t = after(days);
      events.add(
          new DossierEvent.Concluded(id, AN, t, "violence stopped", t.plus(Duration.ofDays(180))));
      return this;
    }

    Path incident(int days) {
      Instant t = after(days);
      events.add(new DossierEvent.IncidentReported(id, AN, t, "a new incident", t));
      return this;
    }

    Path closed(int days) {
      events.add(new DossierEvent.Closed(id, AN, after(days)));
      return this;
    }

    Path withdrawn(int days) {
      events.add(new DossierEvent.Withdrawn(id, AN, after(days), "moved"));
      return this;
    }

    void write() {
      store.append(StreamId.dossier(region, id), 0, events);
    }
  }

  Path dossier(String id, LocalDate registered) {
    return new Path(WEST, id, registered);
  }

  Path dossier(String region, String id, LocalDate registered) {
    return new Path(region, id, registered);
  }

  void signal(String region, SignalCategory category, LocalDate day) {
    Instant at = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    StreamId stream = StreamId.table(region);
    store.append(
        stream,
        store.version(stream),
        List.of(
            new TableEvent.SignalRaised(
                region,
                new PolicySignal(
                    SignalId.of("s" + ++signals), category, "the shelter is full", AN, at))));
  }

  static Registration registration(Instant t) {
    return new Registration(
        ProfessionalId.of("lien"),
        PartnerId.of("clb"),
        ClientSystem.of(
            Party.of("sara", PartyRole.VICTIM, 1991), Party.of("tom", PartyRole.PERPETRATOR, 1988)),
        Set.of(InclusionCriterion.UNSAFETY),
        List.of(
            new InformingRecord(PartyId.of("sara"), AN, t, "conversation"),
            new InformingRecord(PartyId.of("tom"), AN, t, "conversation")),
        List.of(),
        DangerAssessment.of(true));
  }

  static AssessmentReference assessment(String band) {
    return AssessmentReference.builder()
        .instrumentId("ifg-demo")
        .instrumentVersion("1.0.0")
        .instrumentHash("sha256:" + "0".repeat(64))
        .status(AssessmentStatus.COMPLETE)
        .score(BigDecimal.valueOf(12))
        .protectiveScore(BigDecimal.valueOf(3))
        .assessedAt(LocalDate.of(2026, 2, 19))
        .assessor(AN)
        .scoreBand(band)
        .band(band)
        .finalBand(band)
        .build();
  }
}
