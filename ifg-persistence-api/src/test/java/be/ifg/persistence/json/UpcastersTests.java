package be.ifg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class UpcastersTests {
  /** A step that renames one field, as a real format change would. */
  private record Rename(String type, int fromVersion, String from, String to) implements Upcaster {
    @Override
    public ObjectNode upcast(ObjectNode record) {
      record.set(to, record.remove(from));
      return record;
    }
  }

  private static ObjectNode record(int version) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("type", "Sample");
    n.put("schemaVersion", version);
    n.put("a", "value");
    return n;
  }

  @Test
  void appliesEveryStepFromTheRecordsVersionToTheCurrentOne() {
    Upcasters chain =
        new Upcasters(
            List.of(new Rename("Sample", 2, "b", "c"), new Rename("Sample", 1, "a", "b")));

    ObjectNode fromOne = chain.upcast("Sample", 1, 3, record(1));
    ObjectNode fromTwo = chain.upcast("Sample", 2, 3, record(2).put("b", "value"));

    assertThat(fromOne.get("c").stringValue()).isEqualTo("value");
    assertThat(fromOne.has("a")).isFalse();
    assertThat(fromOne.get("schemaVersion").intValue()).isEqualTo(3);
    assertThat(fromTwo.get("c").stringValue()).isEqualTo("value");
  }

  @Test
  void leavesACurrentRecordAlone() {
    Upcasters chain = new Upcasters(List.of(new Rename("Sample", 1, "a", "b")));

    assertThat(chain.upcast("Sample", 2, 2, record(2))).isEqualTo(record(2));
  }

  @Test
  void failsWhenAStepIsMissing() {
    Upcasters chain = new Upcasters(List.of(new Rename("Sample", 1, "a", "b")));

    assertThatThrownBy(() -> chain.upcast("Sample", 1, 3, record(1)))
        .isInstanceOf(RecordProblem.class)
        .hasMessageContaining("no upcaster for Sample from schema version 2 to 3");
  }

  @Test
  void refusesTwoStepsFromOneVersion() {
    assertThatThrownBy(
            () ->
                new Upcasters(
                    List.of(new Rename("Sample", 1, "a", "b"), new Rename("Sample", 1, "a", "c"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void turnsVersionOneSafetyFlagsIntoMeasures() {
    ObjectNode r = record(1);
    ObjectNode danger = r.putObject("registration").putObject("danger");
    danger.put("present", false);
    danger.put("safetyPlan", true);

    ObjectNode up = new Upcasters.RegisteredV1().upcast(r);

    ObjectNode d = (ObjectNode) up.get("registration").get("danger");
    assertThat(d.has("safetyPlan")).isFalse();
    assertThat(d.get("measures").get(0).stringValue()).isEqualTo("SAFETY_PLAN");
    assertThat(d.get("measures").size()).isOne();
  }

  @Test
  void keepsTheMeasuresAVersionOneRecordListsBesideItsFlags() {
    ObjectNode r = record(1);
    ObjectNode danger = r.putObject("registration").putObject("danger");
    danger.put("present", true);
    danger.putArray("measures").add("SAFETY_PLAN");
    danger.put("crisisIntervention", true);
    danger.put("safetyPlan", true);

    ObjectNode up = new Upcasters.RegisteredV1().upcast(r);

    assertThat(up.get("registration").get("danger").get("measures").toString())
        .isEqualTo("[\"CRISIS_INTERVENTION\",\"SAFETY_PLAN\"]");
    ObjectNode bad = record(1);
    bad.putObject("registration").putObject("danger").put("measures", "SAFETY_PLAN");
    assertThatThrownBy(() -> new Upcasters.RegisteredV1().upcast(bad))
        .isInstanceOf(RecordProblem.class)
        .hasMessage("$.registration.danger.measures must be a list");
  }

  @Test
  void givesAVersionTwoRegistrationTheUnassignedTable() {
    ObjectNode r = record(2);

    ObjectNode up = new Upcasters.RegisteredV2().upcast(r);

    assertThat(up.get("table").stringValue()).isEqualTo("unassigned.before-tables");
    assertThat(up.get("a").stringValue()).as("every other field is kept").isEqualTo("value");
    assertThatThrownBy(() -> new Upcasters.RegisteredV2().upcast(record(2).put("table", "west")))
        .isInstanceOf(RecordProblem.class)
        .hasMessage("$.table is not part of Registered version 2");
  }

  @Test
  void leavesAVersionOneAppointmentAsItIs() {
    assertThat(new Upcasters.DirectorAppointedV1().upcast(record(1))).isEqualTo(record(1));
    assertThatThrownBy(
            () -> new Upcasters.DirectorAppointedV1().upcast(record(1).put("reason", "leave")))
        .isInstanceOf(RecordProblem.class)
        .hasMessage("$.reason is not part of DirectorAppointed version 1");
  }

  @Test
  void leavesADecisionOfBeforeSessionsAsItIs() {
    Upcasters.WithoutSession step = new Upcasters.WithoutSession("Closed", 1);

    assertThat(step.upcast(record(1))).isEqualTo(record(1));
    assertThat(step.type()).isEqualTo("Closed");
    assertThat(step.fromVersion()).isOne();
    assertThatThrownBy(() -> step.upcast(record(1).put("session", "zitting-1")))
        .isInstanceOf(RecordProblem.class)
        .hasMessage("$.session is not part of Closed version 1");
  }

  @Test
  void leavesAVersionOneDisclosureEntryAsItIs() {
    assertThat(new Upcasters.DisclosureEntryV1().upcast(record(1))).isEqualTo(record(1));
    assertThatThrownBy(() -> new Upcasters.DisclosureEntryV1().upcast(record(1).put("table", "w")))
        .isInstanceOf(RecordProblem.class)
        .hasMessage("$.table is not part of DisclosureEntry version 1");
  }

  @Test
  void theStandardChainBringsEveryOldVersionToTheCurrentOne() {
    ObjectNode v1 = record(1);
    ObjectNode danger = v1.putObject("registration").putObject("danger");
    danger.put("present", true);
    danger.put("crisisIntervention", true);
    danger.put("safetyPlan", true);

    ObjectNode up = Upcasters.STANDARD.upcast("Registered", 1, 3, v1);

    assertThat(up.get("schemaVersion").intValue()).isEqualTo(3);
    assertThat(up.get("table").stringValue()).isEqualTo("unassigned.before-tables");
    assertThat(up.get("registration").get("danger").get("measures").size()).isEqualTo(2);
    assertThat(Upcasters.STANDARD.upcast("DirectorAppointed", 1, 2, record(1)))
        .isEqualTo(record(1).put("schemaVersion", 2));
    assertThat(Upcasters.STANDARD.upcast("DisclosureEntry", 1, 2, record(1)))
        .isEqualTo(record(1).put("schemaVersion", 2));
    for (String type : EventJson.types()) {
      if (type.equals("Registered")) {
        continue; // its first step needs a registration: shown above
      }
      int current = EventJson.schemaVersion(type);
      assertThat(Upcasters.STANDARD.upcast(type, 1, current, record(1)).get("schemaVersion"))
          .as("%s has a step from every version before %s", type, current)
          .isNotNull();
    }
  }
}
