package be.ifg.persistence;

/**
 * Everything the library keeps: event streams and the disclosure log. An adapter implements this
 * one interface; the SDK runs on any implementation.
 *
 * <p>{@link #close()} releases the adapter's resources; what was appended stays. Implementations
 * are thread-safe. The conformance kit ({@code ifg-persistence-tck}) proves an adapter keeps the
 * contracts of {@link EventStore} and {@link DisclosureStore}.
 */
public interface Store extends EventStore, DisclosureStore, AutoCloseable {
  /** Releases the adapter's resources; never throws a checked exception. */
  @Override
  default void close() {}
}
