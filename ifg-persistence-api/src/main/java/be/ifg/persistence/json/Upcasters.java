package be.ifg.persistence.json;

import static com.google.common.base.Preconditions.checkArgument;

import be.ifg.domain.DossierEvent;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The upcaster chain: brings a record of any schema version this library ever wrote up to the
 * current version, one step at a time (v1 → v2 → … → current), so that only the current form needs
 * a reader.
 *
 * <p>How the format evolves: a change that a reader of the old form would misread (a renamed,
 * removed or re-shaped field, a new mandatory field) raises the schema version in the type's {@link
 * EventForm} (in {@link EventForms#FORMS}) and adds one {@link Upcaster} from the old version.
 * Records are never rewritten in the store; they are upcast each time they are read. Immutable and
 * thread-safe.
 */
final class Upcasters {
  /** The library's own chain. */
  static final Upcasters STANDARD =
      new Upcasters(
          List.of(
              new RegisteredV1(),
              new RegisteredV2(),
              new DirectorAppointedV1(),
              new WithoutSession("Accepted", 1),
              new WithoutSession("Declined", 1),
              new WithoutSession("DirectorAppointed", 2),
              new WithoutSession("PlanAdopted", 1),
              new WithoutSession("PlanAdjusted", 1),
              new WithoutSession("Closed", 1),
              new WithoutSession("Evaluated", 1),
              new DisclosureEntryV1(),
              new DisclosureEntryV2()));

  private final Map<String, Map<Integer, Upcaster>> steps;

  Upcasters(List<Upcaster> upcasters) {
    Map<String, Map<Integer, Upcaster>> m = new HashMap<>();
    for (Upcaster u : upcasters) {
      checkArgument(u.fromVersion() >= 1, "fromVersion must be >= 1: %s", u.fromVersion());
      Upcaster before = m.computeIfAbsent(u.type(), k -> new HashMap<>()).put(u.fromVersion(), u);
      checkArgument(
          before == null, "two upcasters of %s from version %s", u.type(), u.fromVersion());
    }
    ImmutableMap.Builder<String, Map<Integer, Upcaster>> b = ImmutableMap.builder();
    m.forEach((k, v) -> b.put(k, ImmutableMap.copyOf(v)));
    this.steps = b.build();
  }

  /** The type names this chain has steps of. */
  Set<String> types() {
    return steps.keySet();
  }

  /** Whether this chain has a step of a type from a schema version to the next. */
  boolean hasStep(String type, int fromVersion) {
    return steps.getOrDefault(type, Map.of()).containsKey(fromVersion);
  }

  /**
   * Upcasts a record from its version to the target version.
   *
   * @throws RecordProblem if a step is missing or a step finds the record malformed
   */
  ObjectNode upcast(String type, int from, int to, ObjectNode record) {
    ObjectNode node = record;
    Map<Integer, Upcaster> chain = steps.getOrDefault(type, Map.of());
    for (int v = from; v < to; v++) {
      Upcaster step = chain.get(v);
      if (step == null) {
        throw new RecordProblem(
            "no upcaster for " + type + " from schema version " + v + " to " + (v + 1));
      }
      node = step.upcast(node);
      node.put("schemaVersion", v + 1);
    }
    return node;
  }

  /**
   * {@code Registered} v1 → v2: version 1 kept the registrant's safety measures as two booleans
   * beside the danger ({@code "danger": {"present": true, "crisisIntervention": false,
   * "safetyPlan": true}}, as a scenario file writes them); version 2 keeps them as a set ({@code
   * "danger": {"present": true, "measures": ["SAFETY_PLAN"]}}), the domain's {@code
   * DangerAssessment}. A version 1 record that also lists {@code measures} keeps every one it lists
   * (issue 15: they used to be dropped), with the flags' measures added; a list that is not a list
   * of names is a {@link RecordProblem}.
   */
  static final class RegisteredV1 implements Upcaster {
    @Override
    public String type() {
      return "Registered";
    }

    @Override
    public int fromVersion() {
      return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode record) {
      JsonNode registration = record.get("registration");
      if (registration == null || !registration.isObject()) {
        throw new RecordProblem("$.registration is missing");
      }
      JsonNode danger = registration.get("danger");
      if (danger == null || !danger.isObject()) {
        throw new RecordProblem("$.registration.danger is missing");
      }
      ObjectNode d = (ObjectNode) danger;
      boolean crisis = flag(d, "crisisIntervention");
      boolean plan = flag(d, "safetyPlan");
      d.remove("crisisIntervention");
      d.remove("safetyPlan");
      // a version 1 record may already list measures (as a scenario file may write them beside
      // or instead of the flags): they are kept, with the flags' measures added, never dropped
      java.util.TreeSet<String> kept = new java.util.TreeSet<>();
      JsonNode listed = d.get("measures");
      if (listed != null && !listed.isNull()) {
        if (!listed.isArray()) {
          throw new RecordProblem("$.registration.danger.measures must be a list");
        }
        for (JsonNode m : listed) {
          if (!m.isString()) {
            throw new RecordProblem("$.registration.danger.measures must list names");
          }
          kept.add(m.stringValue());
        }
      }
      if (crisis) {
        kept.add("CRISIS_INTERVENTION");
      }
      if (plan) {
        kept.add("SAFETY_PLAN");
      }
      var measures = d.putArray("measures");
      kept.forEach(measures::add);
      return record;
    }

    private static boolean flag(ObjectNode danger, String field) {
      JsonNode v = danger.get(field);
      if (v == null || v.isNull()) {
        return false;
      }
      if (!v.isBoolean()) {
        throw new RecordProblem("$.registration.danger." + field + " must be true or false");
      }
      return v.booleanValue();
    }
  }

  /**
   * {@code Registered} v2 → v3: version 3 records the case table the dossier belongs to ({@code
   * "table": REGION}). A dossier written before tables were recorded belongs to none: it gets the
   * table {@link DossierEvent.Registered#NO_TABLE}, which no case table's region can be, so no
   * table sees it (fail closed) until an administrator moves it by export and import.
   */
  static final class RegisteredV2 implements Upcaster {
    @Override
    public String type() {
      return "Registered";
    }

    @Override
    public int fromVersion() {
      return 2;
    }

    @Override
    public ObjectNode upcast(ObjectNode record) {
      if (record.has("table")) {
        throw new RecordProblem("$.table is not part of Registered version 2");
      }
      record.put("table", DossierEvent.Registered.NO_TABLE);
      return record;
    }
  }

  /**
   * {@code DirectorAppointed} v1 → v2: version 2 may carry the {@code reason} of a handover; a
   * version 1 appointment has none, which reads the same.
   */
  static final class DirectorAppointedV1 implements Upcaster {
    @Override
    public String type() {
      return "DirectorAppointed";
    }

    @Override
    public int fromVersion() {
      return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode record) {
      if (record.has("reason")) {
        throw new RecordProblem("$.reason is not part of DirectorAppointed version 1");
      }
      return record;
    }
  }

  /**
   * A decision of the table, one version before it could name the session it was taken in ({@code
   * Accepted}, {@code Declined}, {@code PlanAdopted}, {@code PlanAdjusted}, {@code Closed}, {@code
   * Evaluated} v1 → v2, {@code DirectorAppointed} v2 → v3): the newer version may carry {@code
   * session}; an older record has none, which reads the same — a decision that names no session.
   */
  static final class WithoutSession implements Upcaster {
    private final String type;
    private final int fromVersion;

    WithoutSession(String type, int fromVersion) {
      this.type = type;
      this.fromVersion = fromVersion;
    }

    @Override
    public String type() {
      return type;
    }

    @Override
    public int fromVersion() {
      return fromVersion;
    }

    @Override
    public ObjectNode upcast(ObjectNode record) {
      if (record.has("session")) {
        throw new RecordProblem("$.session is not part of " + type + " version " + fromVersion);
      }
      return record;
    }
  }

  /**
   * {@code DisclosureEntry} v1 → v2: version 2 may record the case table the question was asked at
   * ({@code "table"}) and, for a view, each item's decision ({@code "items"}). A version 1 entry
   * has neither, which reads as no table and no item decisions; its hash was computed without them,
   * so the chain still verifies.
   */
  static final class DisclosureEntryV1 implements Upcaster {
    @Override
    public String type() {
      return EventForms.DISCLOSURE_TYPE;
    }

    @Override
    public int fromVersion() {
      return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode record) {
      for (String field : List.of("table", "items")) {
        if (record.has(field)) {
          throw new RecordProblem("$." + field + " is not part of DisclosureEntry version 1");
        }
      }
      return record;
    }
  }

  /**
   * {@code DisclosureEntry} v2 → v3: version 3 may carry a content digest ({@code "content"}) and
   * may be a tombstone ({@code "purgedBy"}). A version 2 entry has neither: it reads as an entry
   * hashed by the scheme without a content digest, as it was written.
   */
  static final class DisclosureEntryV2 implements Upcaster {
    @Override
    public String type() {
      return EventForms.DISCLOSURE_TYPE;
    }

    @Override
    public int fromVersion() {
      return 2;
    }

    @Override
    public ObjectNode upcast(ObjectNode record) {
      for (String field : List.of("content", "purgedBy")) {
        if (record.has(field)) {
          throw new RecordProblem("$." + field + " is not part of DisclosureEntry version 2");
        }
      }
      return record;
    }
  }
}
