/**
 * The service-provider interface that persistence adapters implement: an {@link
 * be.ifg.persistence.EventStore} of event streams with optimistic concurrency, a {@link
 * be.ifg.persistence.DisclosureStore} that keeps the disclosure log in order, and a {@link
 * be.ifg.persistence.LogAnchor} that keeps the log's signed checkpoints outside the store.
 */
@NullMarked
@CheckReturnValue
package be.ifg.persistence;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
