package be.ifg.persistence;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Everything the library keeps: event streams and the disclosure log. An adapter implements this
 * one interface; the SDK runs on any implementation.
 *
 * <p>Since 0.2 a store also keeps the checkpoints of subscriptions ({@link SubscriptionStore}): an
 * adapter written for 0.1 implements its two methods to compile (the API is at 0.x).
 *
 * <p>{@link #close()} releases the adapter's resources; what was appended stays. Implementations
 * are thread-safe. The conformance kit ({@code ifg-persistence-tck}) proves an adapter keeps the
 * contracts of {@link EventStore}, {@link DisclosureStore} and {@link SubscriptionStore}.
 */
@API(status = STABLE, since = "0.1")
public interface Store extends EventStore, DisclosureStore, SubscriptionStore, AutoCloseable {
  /** Releases the adapter's resources; never throws a checked exception. */
  @Override
  default void close() {}
}
