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
import be.ifg.domain.SafetyDeferral;
import be.ifg.domain.SafetyMeasure;
import be.ifg.persistence.CorruptRecord;
import be.ifg.persistence.StreamId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One golden record per older schema version, kept in {@code src/test/resources/upcast} exactly as
 * the library wrote it then: each still reads, and writing what was read gives the old record with
 * only the documented change — nothing is lost, nothing is invented beyond the upcaster's default.
 */
class UpcastGoldenTests {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final DossierId SAMPLE = DossierId.of("d-sample");
  private static final ProfessionalId LIEN = ProfessionalId.of("lien");

  private static String resource(String name) throws IOException {
    try (InputStream in = UpcastGoldenTests.class.getResourceAsStream("/upcast/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ObjectNode tree(String json) {
    return (ObjectNode) MAPPER.readTree(json);
  }

  @Test
  void readsARegisteredVersionOneRecordWithoutLoss() throws IOException {
    String v1 = resource("Registered-v1.json");

    DossierEvent.Registered read =
        (DossierEvent.Registered) EventJson.read(v1, StreamId.dossier(DossierId.of("d7")), 1);

    assertThat(read.table()).isEqualTo(DossierEvent.Registered.NO_TABLE);
    assertThat(read.registration().danger())
        .isEqualTo(DangerAssessment.of(true, SafetyMeasure.CRISIS_INTERVENTION));
    ObjectNode expected = tree(v1);
    expected.put("schemaVersion", 3);
    ObjectNode danger = (ObjectNode) expected.get("registration").get("danger");
    danger.remove("crisisIntervention");
    danger.remove("safetyPlan");
    danger.putArray("measures").add("CRISIS_INTERVENTION");
    expected.put("table", DossierEvent.Registered.NO_TABLE);
    assertThat(tree(EventJson.write(read))).isEqualTo(expected);
  }

  @Test
  void readsARegisteredVersionTwoRecordWithoutLoss() throws IOException {
    String v2 = resource("Registered-v2.json");
    Instant at = Instant.parse("2026-02-02T08:00:00Z");

    DossierEvent.Registered read =
        (DossierEvent.Registered) EventJson.read(v2, StreamId.dossier(SAMPLE), 1);

    DossierEvent.Registered expected =
        new DossierEvent.Registered(
            SAMPLE,
            LIEN,
            at,
            new Registration(
                LIEN,
                PartnerId.of("clb"),
                ClientSystem.of(
                    Party.of("sara", PartyRole.VICTIM, 1991),
                    Party.of("tom", PartyRole.PERPETRATOR, 1988),
                    Party.of("kim", PartyRole.INDIRECT_VICTIM, 2017),
                    Party.of("opa", PartyRole.OTHER)),
                EnumSet.of(InclusionCriterion.UNSAFETY, InclusionCriterion.MULTI_PROBLEM),
                List.of(
                    new InformingRecord(PartyId.of("sara"), LIEN, at, "conversation at school")),
                List.of(
                    new SafetyDeferral(
                        PartyId.of("tom"),
                        "informing him now would endanger sara",
                        LocalDate.parse("2026-03-02"),
                        LIEN,
                        at)),
                DangerAssessment.of(true, SafetyMeasure.SAFETY_PLAN)),
            "unassigned.before-tables");
    assertThat(read).isEqualTo(expected);
    ObjectNode after = tree(EventJson.write(read));
    ObjectNode before = tree(v2);
    before.put("schemaVersion", 3);
    before.put("table", DossierEvent.Registered.NO_TABLE);
    assertThat(after).isEqualTo(before);
    assertThat(EventJson.read(EventJson.write(read), StreamId.dossier(SAMPLE), 1))
        .as("the current form reads back to the same event")
        .isEqualTo(read);
  }

  @Test
  void readsAnOldDossierFromItsStreamWithoutATable() throws IOException {
    assertThat(EventJson.read(resource("Registered-v2.json"), StreamId.dossier(SAMPLE), 1))
        .isInstanceOf(DossierEvent.Registered.class);
    assertThat(StreamId.dossier(SAMPLE).region())
        .as("such a stream names no table, so no table reads it")
        .isEmpty();
  }

  @Test
  void refusesAnOldRegisteredRecordThatClaimsATable() throws IOException {
    ObjectNode v2 = tree(resource("Registered-v2.json"));
    v2.put("table", "west-vlaanderen");

    assertThatThrownBy(() -> EventJson.read(v2.toString(), StreamId.dossier(SAMPLE), 1))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("stream dossier:d-sample, version 1")
        .hasMessageContaining("$.table is not part of Registered version 2");
  }

  @Test
  void refusesACurrentRegisteredRecordWithoutItsTable() throws IOException {
    ObjectNode v3 =
        tree(
            EventJson.write(
                EventJson.read(resource("Registered-v2.json"), StreamId.dossier(SAMPLE), 1)));
    v3.remove("table");

    assertThatThrownBy(() -> EventJson.read(v3.toString(), StreamId.dossier(SAMPLE), 1))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("$.table is missing");
  }

  @Test
  void readsADirectorAppointedVersionOneRecordWithoutLoss() throws IOException {
    String v1 = resource("DirectorAppointed-v1.json");

    DossierEvent.DirectorAppointed read =
        (DossierEvent.DirectorAppointed) EventJson.read(v1, StreamId.dossier(SAMPLE), 7);

    assertThat(read)
        .isEqualTo(
            new DossierEvent.DirectorAppointed(
                SAMPLE,
                ProfessionalId.of("an"),
                Instant.parse("2026-02-08T09:00:00Z"),
                ProfessionalId.of("dina"),
                PartnerId.of("vk"),
                null));
    ObjectNode before = tree(v1);
    before.put("schemaVersion", 3);
    assertThat(tree(EventJson.write(read)))
        .as("a first appointment has no reason, in either version, nor a session")
        .isEqualTo(before);
  }

  @Test
  void refusesAVersionOneAppointmentThatCarriesAReason() throws IOException {
    ObjectNode v1 = tree(resource("DirectorAppointed-v1.json"));
    v1.put("reason", "handover");

    assertThatThrownBy(() -> EventJson.read(v1.toString(), StreamId.dossier(SAMPLE), 7))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("$.reason is not part of DirectorAppointed version 1");
  }

  @Test
  void writesAndReadsAHandoverReason() {
    DossierEvent.DirectorAppointed handover =
        new DossierEvent.DirectorAppointed(
            SAMPLE,
            ProfessionalId.of("an"),
            Instant.parse("2026-04-08T09:00:00Z"),
            ProfessionalId.of("bart"),
            PartnerId.of("pol"),
            "dina left the vk");

    String json = EventJson.write(handover);

    assertThat(json).contains("\"schemaVersion\":3").endsWith(",\"reason\":\"dina left the vk\"}");
    assertThat(EventJson.read(json, StreamId.dossier("west", SAMPLE), 8)).isEqualTo(handover);
  }

  @Test
  void readsADisclosureEntryOfVersionOneWithoutLoss() throws IOException {
    String v1 = resource("DisclosureEntry-v1.json");

    DisclosureEntry read = EventJson.readDisclosure(v1, 1);

    assertThat(read)
        .isEqualTo(
            new DisclosureEntry(
                1,
                Instant.parse("2026-02-02T08:01:00Z"),
                ProfessionalId.of("bart"),
                null,
                SAMPLE,
                ItemId.of("i1"),
                "VIEW",
                Purpose.SAFETY,
                "PERMIT",
                List.of("table-member", "pledge-signed"),
                List.of(),
                DisclosureEntry.GENESIS,
                "sha256:" + "0".repeat(60) + "1eef"));
    assertThat(read.tableRegion()).isEmpty();
    assertThat(read.items()).isEmpty();
    assertThat(tree(EventJson.writeDisclosure(read)))
        .as("only the version changes: no table, and an empty list of item decisions")
        .isEqualTo(withVersionTwo(tree(v1)));
  }

  @Test
  void readsADisclosureEntryOfVersionOneWithoutDossier() throws IOException {
    String v1 = resource("DisclosureEntry-v1-without-dossier.json");

    DisclosureEntry read = EventJson.readDisclosure(v1, 2);

    assertThat(read.dossierId()).isEmpty();
    assertThat(read.itemId()).isEmpty();
    assertThat(read.rules()).containsExactly("never-forward");
    assertThat(tree(EventJson.writeDisclosure(read))).isEqualTo(withVersionTwo(tree(v1)));
  }

  @Test
  void refusesAVersionOneDisclosureEntryThatCarriesVersionTwoFields() throws IOException {
    ObjectNode table = tree(resource("DisclosureEntry-v1.json"));
    table.put("table", "west");
    ObjectNode items = tree(resource("DisclosureEntry-v1.json"));
    items.putArray("items");

    assertThatThrownBy(() -> EventJson.readDisclosure(table.toString(), 1))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("disclosure log, sequence 1")
        .hasMessageContaining("$.table is not part of DisclosureEntry version 1");
    assertThatThrownBy(() -> EventJson.readDisclosure(items.toString(), 1))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("$.items is not part of DisclosureEntry version 1");
  }

  @Test
  void roundTripsADisclosureEntryOfAView() {
    DisclosureEntry view =
        new DisclosureEntry(
            5,
            Instant.parse("2026-02-02T08:05:00Z"),
            ProfessionalId.of("bart"),
            "west-vlaanderen",
            SAMPLE,
            null,
            "DOSSIER_VIEW",
            Purpose.PLAN,
            "VIEW",
            List.of("table-member"),
            List.of(
                new DisclosureEntry.ItemDecision(
                    ItemId.of("i1"), "PERMIT", List.of("table-member", "pledge-signed")),
                new DisclosureEntry.ItemDecision(ItemId.of("i2"), "DENY", List.of())),
            "sha256:" + "1".repeat(64),
            "sha256:" + "2".repeat(64));

    String json = EventJson.writeDisclosure(view);

    assertThat(json)
        .contains("\"schemaVersion\":3")
        .contains("\"table\":\"west-vlaanderen\"")
        .contains("\"items\":[{\"item\":\"i1\",\"outcome\":\"PERMIT\"");
    assertThat(EventJson.readDisclosure(json, 5)).isEqualTo(view);
    ObjectNode unknown = tree(json);
    ((ObjectNode) unknown.get("items").get(0)).put("extra", 1);
    assertThatThrownBy(() -> EventJson.readDisclosure(unknown.toString(), 5))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("unknown field(s) [extra]");
  }

  // ---- retention: version 3 adds content digests and tombstones ----

  @Test
  void readsADisclosureEntryOfVersionTwoWithoutLoss() throws IOException {
    String v2 = resource("DisclosureEntry-v2.json");

    DisclosureEntry read = EventJson.readDisclosure(v2, 3);

    assertThat(read.contentDigest()).isEmpty();
    assertThat(read.isTombstone()).isFalse();
    assertThat(read.tableRegion()).contains("west-vlaanderen");
    ObjectNode expected = tree(v2);
    expected.put("schemaVersion", 3);
    assertThat(tree(EventJson.writeDisclosure(read)))
        .as("only the version changes: an entry without a content digest")
        .isEqualTo(expected);
  }

  @Test
  void refusesAVersionTwoDisclosureEntryThatCarriesVersionThreeFields() throws IOException {
    for (String field : List.of("content", "purgedBy")) {
      ObjectNode v2 = tree(resource("DisclosureEntry-v2.json"));
      v2.put(field, field.equals("content") ? "sha256:" + "3".repeat(64) : "9");

      assertThatThrownBy(() -> EventJson.readDisclosure(v2.toString(), 3))
          .isInstanceOf(CorruptRecord.class)
          .hasMessageContaining("$." + field + " is not part of DisclosureEntry version 2");
    }
  }

  @Test
  void roundTripsATombstoneWithoutContent() {
    DisclosureEntry tombstone =
        DisclosureEntry.tombstone(
            4,
            Instant.parse("2026-02-02T08:04:00Z"),
            "sha256:" + "1".repeat(64),
            "sha256:" + "2".repeat(64),
            "sha256:" + "3".repeat(64),
            9);

    String json = EventJson.writeDisclosure(tombstone);

    assertThat(json)
        .contains("\"purgedBy\":9")
        .doesNotContain("actor")
        .doesNotContain("dossier")
        .doesNotContain("rules");
    assertThat(EventJson.readDisclosure(json, 4)).isEqualTo(tombstone);
    ObjectNode withActor = tree(json);
    withActor.put("actor", "bart");
    assertThatThrownBy(() -> EventJson.readDisclosure(withActor.toString(), 4))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("unknown field(s) [actor]");
  }

  /** A version 1 entry as version 2 writes it: the same fields and an empty list of items. */
  private static JsonNode withVersionTwo(ObjectNode v1) {
    ObjectNode v2 = MAPPER.createObjectNode();
    v1.properties()
        .forEach(
            p -> {
              if (p.getKey().equals("previousHash")) {
                v2.set("items", MAPPER.createArrayNode());
              }
              v2.set(p.getKey(), p.getValue());
            });
    v2.put("schemaVersion", EventJson.schemaVersion("DisclosureEntry"));
    assertThat(v2.get("items")).isInstanceOf(ArrayNode.class);
    return v2;
  }

  /**
   * A decision recorded before decisions named the session they were taken in reads as one that
   * names none, and writes back as the old record with only its schema version raised.
   */
  @Test
  void readsTheDecisionsOfTheVersionBeforeSessionsWithoutLoss() throws IOException {
    for (String type :
        List.of("Accepted", "Declined", "PlanAdopted", "PlanAdjusted", "Closed", "Evaluated")) {
      String v1 = resource(type + "-v1.json");

      ChainEventHolder.check(v1, type, 2);
    }
    ChainEventHolder.check(resource("DirectorAppointed-v2.json"), "DirectorAppointed", 3);
  }

  @Test
  void refusesAnOldDecisionThatNamesASession() throws IOException {
    ObjectNode v1 = tree(resource("Accepted-v1.json"));
    v1.put("session", "zitting-1");

    assertThatThrownBy(() -> EventJson.read(v1.toString(), StreamId.dossier(SAMPLE), 2))
        .isInstanceOf(CorruptRecord.class)
        .hasMessageContaining("$.session is not part of Accepted version 1");
  }

  @Test
  void writesAndReadsTheSessionOfADecision() {
    DossierEvent.Accepted accepted =
        new DossierEvent.Accepted(
            SAMPLE,
            ProfessionalId.of("an"),
            Instant.parse("2026-02-03T09:00:00Z"),
            be.ifg.domain.SessionId.of("zitting-1"));

    String json = EventJson.write(accepted);

    assertThat(json).contains("\"schemaVersion\":2").endsWith(",\"session\":\"zitting-1\"}");
    assertThat(EventJson.read(json, StreamId.dossier("west", SAMPLE), 2)).isEqualTo(accepted);
  }

  @Test
  void writesAndReadsTheSessionOfTheTeamsDecisionOnAnAdjustment() {
    be.ifg.domain.ProposalId p1 = be.ifg.domain.ProposalId.of("p1");
    Instant at = Instant.parse("2026-03-03T09:00:00Z");
    DossierEvent.AdjustmentDecided inSession =
        new DossierEvent.AdjustmentDecided(
            SAMPLE,
            ProfessionalId.of("an"),
            at,
            p1,
            false,
            "team: not now",
            List.of(),
            be.ifg.domain.SessionId.of("zitting-3"));
    DossierEvent.AdjustmentDecided without =
        new DossierEvent.AdjustmentDecided(
            SAMPLE, ProfessionalId.of("an"), at, p1, false, "team: not now", List.of());

    String json = EventJson.write(inSession);
    String plain = EventJson.write(without);

    assertThat(json).contains("\"schemaVersion\":1").endsWith(",\"session\":\"zitting-3\"}");
    assertThat(plain).doesNotContain("session");
    assertThat(EventJson.read(json, StreamId.dossier("west", SAMPLE), 2)).isEqualTo(inSession);
    assertThat(EventJson.read(plain, StreamId.dossier("west", SAMPLE), 2)).isEqualTo(without);
  }

  private static final class ChainEventHolder {
    static void check(String old, String type, int current) {
      be.ifg.domain.ChainEvent read = EventJson.read(old, StreamId.dossier(SAMPLE), 2);

      assertThat(read).as(type).isInstanceOf(be.ifg.domain.SessionDecision.class);
      assertThat(((be.ifg.domain.SessionDecision) read).session()).as(type).isNull();
      ObjectNode before = tree(old);
      before.put("schemaVersion", current);
      assertThat(tree(EventJson.write(read))).as(type).isEqualTo(before);
    }
  }
}
