package be.ifg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.domain.ClientSystem;
import be.ifg.domain.DangerAssessment;
import be.ifg.domain.DisclosureEntry;
import be.ifg.domain.DossierEvent;
import be.ifg.domain.DossierId;
import be.ifg.domain.InclusionCriterion;
import be.ifg.domain.InformingRecord;
import be.ifg.domain.ItemId;
import be.ifg.domain.PartnerId;
import be.ifg.domain.Party;
import be.ifg.domain.PartyId;
import be.ifg.domain.PartyRole;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.domain.Registration;
import be.ifg.domain.SafetyMeasure;
import be.ifg.domain.TableEvent;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.StreamId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTests {
  private static final DossierId D1 = DossierId.of("d1");
  private static final StreamId S1 = StreamId.dossier(D1);
  private static final Instant AT = Instant.parse("2026-02-02T08:00:00Z");

  private static String resource(String name) throws IOException {
    try (InputStream in = EventJsonTests.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static DossierEvent.ProgressReported note(String text) {
    return new DossierEvent.ProgressReported(D1, ProfessionalId.of("an"), AT, text);
  }

  @Test
  void upcastsAVersionOneRegistrationToTheCurrentForm() throws IOException {
    String v1 = resource("/upcast/Registered-v1.json");
    Instant at = Instant.parse("2025-11-03T09:15:00Z");
    ProfessionalId lien = ProfessionalId.of("lien");

    DossierEvent read = (DossierEvent) EventJson.read(v1, StreamId.dossier(DossierId.of("d7")), 1);

    DossierEvent.Registered expected =
        new DossierEvent.Registered(
            DossierId.of("d7"),
            lien,
            at,
            new Registration(
                lien,
                PartnerId.of("clb"),
                ClientSystem.of(
                    Party.of("sara", PartyRole.VICTIM, 1991),
                    Party.of("tom", PartyRole.PERPETRATOR)),
                EnumSet.of(InclusionCriterion.UNSAFETY),
                List.of(
                    new InformingRecord(
                        PartyId.of("sara"),
                        lien,
                        Instant.parse("2025-11-03T09:00:00Z"),
                        "conversation at school")),
                List.of(),
                DangerAssessment.of(true, SafetyMeasure.CRISIS_INTERVENTION)),
            DossierEvent.Registered.NO_TABLE);
    assertThat(read).isEqualTo(expected);
    assertThat(EventJson.write(read))
        .contains("\"schemaVersion\":3")
        .contains("\"measures\"")
        .contains("\"table\":\"unassigned.before-tables\"");
    assertThat(EventJson.schemaVersion("Registered")).isEqualTo(3);
  }

  @Test
  void roundTripsAnEventWithoutLoss() {
    DossierEvent.ProgressReported e = note("all well; \"quoted\" and ünïcode");

    assertThat(EventJson.read(EventJson.write(e), S1, 1)).isEqualTo(e);
  }

  @Test
  void roundTripsARejectedAdjustmentAndADangerUpdateWithoutMeasures() {
    be.ifg.domain.ProposalId p1 = be.ifg.domain.ProposalId.of("p1");
    DossierEvent rejected =
        new DossierEvent.AdjustmentDecided(
            D1, ProfessionalId.of("an"), AT, p1, false, "refused", java.util.List.of());
    DossierEvent danger =
        new DossierEvent.DangerAssessmentUpdated(
            D1,
            ProfessionalId.of("dina"),
            AT,
            be.ifg.domain.DangerAssessment.of(false),
            "all quiet",
            be.ifg.domain.Role.CASE_DIRECTOR);

    assertThat(EventJson.read(EventJson.write(rejected), S1, 1)).isEqualTo(rejected);
    assertThat(EventJson.write(rejected)).contains("\"adopted\":false").contains("\"goals\":[]");
    assertThat(EventJson.read(EventJson.write(danger), S1, 1)).isEqualTo(danger);
  }

  @Test
  void refusesAnAdoptionWithoutThePlanItMakes() {
    String json =
        EventJson.write(
                new DossierEvent.AdjustmentDecided(
                    D1,
                    ProfessionalId.of("an"),
                    AT,
                    be.ifg.domain.ProposalId.of("p1"),
                    false,
                    "refused",
                    java.util.List.of()))
            .replace("\"adopted\":false", "\"adopted\":true");

    assertThatThrownBy(() -> EventJson.read(json, S1, 1))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("invalid event");
  }

  @Test
  void writesInstantsInIsoAndFieldsInAFixedOrder() {
    assertThat(EventJson.write(note("x")))
        .isEqualTo(
            "{\"type\":\"ProgressReported\",\"schemaVersion\":1,\"dossier\":\"d1\","
                + "\"actor\":\"an\",\"at\":\"2026-02-02T08:00:00Z\",\"summary\":\"x\"}");
  }

  @Test
  void refusesAnUnknownTypeNamingStreamAndVersion() {
    String json = EventJson.write(note("x")).replace("ProgressReported", "Teleported");

    assertThatThrownBy(() -> EventJson.read(json, S1, 7))
        .isInstanceOfSatisfying(
            CorruptRecord.class,
            c -> {
              assertThat(c.record()).isEqualTo("stream dossier:d1, version 7");
              assertThat(c.problem()).contains("unknown event type 'Teleported'");
            });
  }

  @Test
  void refusesMalformedJson() {
    assertThatThrownBy(() -> EventJson.read("{\"type\": \"Closed\", ", S1, 3))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("stream dossier:d1, version 3")
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> EventJson.read("[1, 2]", S1, 3))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("must be a JSON object");
  }

  @Test
  void refusesAMissingFieldNamingItsPath() {
    String json = EventJson.write(note("x")).replace(",\"summary\":\"x\"", "");

    assertThatThrownBy(() -> EventJson.read(json, S1, 2))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("$.summary is missing");
  }

  @Test
  void refusesAnUnknownField() {
    String json = EventJson.write(note("x")).replace("}", ",\"extra\":1}");

    assertThatThrownBy(() -> EventJson.read(json, S1, 2))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("unknown field(s) [extra]");
  }

  @Test
  void refusesAnInvalidValue() {
    String json = EventJson.write(note("x")).replace("2026-02-02T08:00:00Z", "yesterday");

    assertThatThrownBy(() -> EventJson.read(json, S1, 2))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("$.at is invalid");
  }

  @Test
  void refusesAValueTheDomainRefuses() {
    String json = EventJson.write(note("x")).replace("\"summary\":\"x\"", "\"summary\":\" \"");

    assertThatThrownBy(() -> EventJson.read(json, S1, 2))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("invalid event")
        .hasMessageContaining("summary must not be blank");
  }

  @Test
  void refusesANewerSchemaVersion() {
    String json = EventJson.write(note("x")).replace("\"schemaVersion\":1", "\"schemaVersion\":9");

    assertThatThrownBy(() -> EventJson.read(json, S1, 2))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("schema version 9 of ProgressReported is newer");
  }

  @Test
  void refusesAnEventOfAnotherStream() {
    String json = EventJson.write(note("x"));

    assertThatThrownBy(() -> EventJson.read(json, StreamId.dossier(DossierId.of("d2")), 1))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("belongs to dossier d1");
    assertThatThrownBy(() -> EventJson.read(json, StreamId.table("west"), 1))
        .isInstanceOf(CorruptRecord.class);
    String pledge =
        EventJson.write(new TableEvent.PledgeSigned("west", ProfessionalId.of("an"), AT));
    assertThatThrownBy(() -> EventJson.read(pledge, StreamId.table("oost"), 1))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("table of west");
    assertThat(EventJson.read(pledge, StreamId.table("west"), 1))
        .isInstanceOf(TableEvent.PledgeSigned.class);
  }

  @Test
  void refusesADuplicateField() {
    String json = EventJson.write(note("x")).replace("}", ",\"summary\":\"y\"}");

    assertThatThrownBy(() -> EventJson.read(json, S1, 2))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void readsADisclosureEntryAndChecksItsSequence() {
    DisclosureEntry entry =
        new DisclosureEntry(
            3,
            AT,
            ProfessionalId.of("an"),
            "west",
            D1,
            null,
            "DOSSIER_VIEW",
            Purpose.SAFETY,
            "VIEW",
            List.of("table-member"),
            List.of(
                new DisclosureEntry.ItemDecision(
                    ItemId.of("i1"), "PERMIT", List.of("table-member", "pledge-signed")),
                new DisclosureEntry.ItemDecision(
                    ItemId.of("i2"), "DENY", List.of("victim-location"))),
            DisclosureEntry.GENESIS,
            "sha256:" + "1".repeat(64));
    String json = EventJson.writeDisclosure(entry);

    assertThat(EventJson.readDisclosure(json, 3)).isEqualTo(entry);
    assertThat(json).doesNotContain("\"item\":null").contains("\"dossier\":\"d1\",\"action\"");
    assertThatThrownBy(() -> EventJson.readDisclosure(json, 4))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("disclosure log, sequence 4");
    assertThatThrownBy(() -> EventJson.readDisclosure(EventJson.write(note("x")), 3))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("expected DisclosureEntry");
    assertThatThrownBy(() -> EventJson.read(json, S1, 3))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("not an event");
  }

  @Test
  void namesEveryTypeWithItsCurrentVersion() {
    assertThat(EventJson.types())
        .contains(
            "Registered",
            "PledgeSigned",
            "SignalRaised",
            "TableConfigured",
            "MemberJoined",
            "MemberLeft",
            "AccessRevoked");
    assertThat(EventJson.schemaVersion("Closed")).isEqualTo(2);
    assertThat(EventJson.schemaVersion("SessionScheduled")).isOne();
    assertThat(EventJson.schemaVersion("DisclosureEntry")).isEqualTo(3);
    assertThat(EventJson.schemaVersion("DirectorAppointed")).isEqualTo(3);
    assertThat(EventJson.schemaVersion("TableConfigured")).isOne();
    assertThat(EventJson.schemaVersion("MemberJoined")).isOne();
    assertThat(EventJson.schemaVersion("MemberLeft")).isOne();
    assertThat(EventJson.schemaVersion("AccessRevoked")).isOne();
    assertThat(EventJson.type(note("x"))).isEqualTo("ProgressReported");
    assertThatThrownBy(() -> EventJson.schemaVersion("Nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
