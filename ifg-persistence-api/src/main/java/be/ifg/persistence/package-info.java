/**
 * The service-provider interface that persistence adapters implement: an {@link
 * be.ifg.persistence.EventStore} of event streams with optimistic concurrency, and a {@link
 * be.ifg.persistence.DisclosureStore} that keeps the disclosure log in order.
 */
@NullMarked
@CheckReturnValue
package be.ifg.persistence;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
