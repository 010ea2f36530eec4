package be.ifg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.ChainEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The registry of event forms: every event record of the sealed hierarchy has exactly one form, no
 * two forms share a name or a class, and the versions and upcasters agree with it. That each name
 * is the {@code type} of its golden file is checked by the TCK's golden tests.
 */
class EventFormsTests {

  /** Every record below {@link ChainEvent}, found by walking the sealed hierarchy. */
  private static List<Class<?>> eventRecords() {
    List<Class<?>> out = new ArrayList<>();
    List<Class<?>> todo = new ArrayList<>(List.of(ChainEvent.class));
    while (!todo.isEmpty()) {
      Class<?> c = todo.remove(0);
      if (c.isRecord()) {
        out.add(c);
      } else {
        assertThat(c.isSealed()).as("%s is sealed", c).isTrue();
        todo.addAll(List.of(c.getPermittedSubclasses()));
      }
    }
    return out;
  }

  @Test
  void everyEventRecordHasAForm() {
    Set<Class<?>> declared = new HashSet<>();
    for (EventForm<?> f : EventForms.FORMS) {
      declared.add(f.type());
    }

    assertThat(eventRecords()).hasSizeGreaterThan(30);
    assertThat(declared).containsExactlyInAnyOrderElementsOf(eventRecords());
  }

  @Test
  void noTwoFormsShareANameOrAClass() {
    List<String> names = EventForms.FORMS.stream().map(EventForm::name).toList();
    List<Class<?>> classes = EventForms.FORMS.stream().<Class<?>>map(EventForm::type).toList();

    assertThat(names).doesNotHaveDuplicates().doesNotContain(EventForms.DISCLOSURE_TYPE);
    assertThat(classes).doesNotHaveDuplicates();
  }

  @Test
  void theCurrentVersionsAreTheForms() {
    assertThat(EventForms.CURRENT_VERSIONS).hasSameSizeAs(EventForms.FORMS);
    for (EventForm<?> f : EventForms.FORMS) {
      assertThat(EventForms.CURRENT_VERSIONS).containsEntry(f.name(), f.version());
      assertThat(EventJson.schemaVersion(f.name())).isEqualTo(f.version());
    }
    assertThat(EventJson.types()).containsExactlyElementsOf(EventForms.CURRENT_VERSIONS.keySet());
  }

  @Test
  void everyVersionAboveOneHasItsUpcastersAndEveryUpcasterAForm() {
    for (EventForm<?> f : EventForms.FORMS) {
      for (int v = 1; v < f.version(); v++) {
        assertThat(Upcasters.STANDARD.hasStep(f.name(), v))
            .as("an upcaster of %s from version %s", f.name(), v)
            .isTrue();
      }
    }
    Set<String> known = new HashSet<>(EventJson.types());
    known.add(EventForms.DISCLOSURE_TYPE);
    assertThat(known).containsAll(Upcasters.STANDARD.types());
  }
}
