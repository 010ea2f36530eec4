package be.ifg.persistence.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import be.ifg.domain.ChainEvent;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The current JSON form of one event type, declared once: the record class, the stable name it is
 * stored under (the record's {@code "type"}), the current schema version, and its writer and reader
 * side by side.
 *
 * <p>The name is fixed here and never derived from the class, so renaming a record does not change
 * what is stored. The writer adds the event's fields after {@code type} and {@code schemaVersion};
 * the reader reads them back from a record already upcast to {@code version}. Immutable and
 * thread-safe.
 *
 * @param type the event's record class
 * @param name the stable type name it is stored under
 * @param version its current schema version, at least 1
 * @param writer writes its fields, in their fixed order, after the header
 * @param reader reads its fields from the current form
 * @param <E> the event type
 */
record EventForm<E extends ChainEvent>(
    Class<E> type, String name, int version, BiConsumer<Out, E> writer, Function<In, E> reader) {

  /** Checks the declaration. */
  EventForm {
    checkNotNull(type, "type");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "the type name of %s is blank", type);
    checkArgument(version >= 1, "the schema version of %s must be >= 1: %s", name, version);
    checkNotNull(writer, "writer");
    checkNotNull(reader, "reader");
  }

  /**
   * The current form of an event of this type: {@code type}, {@code schemaVersion}, then its
   * fields.
   *
   * @throws ClassCastException if the event is not of this type
   */
  Out write(ChainEvent event) {
    Out o = Out.object().text("type", name).integer("schemaVersion", version);
    writer.accept(o, type.cast(event));
    return o;
  }

  /**
   * Reads an event of this type from its current form, and checks that no field is left unread.
   *
   * @throws RecordProblem if a field is missing, invalid or unknown
   */
  E read(In in) {
    E event = reader.apply(in);
    in.done();
    return event;
  }
}
