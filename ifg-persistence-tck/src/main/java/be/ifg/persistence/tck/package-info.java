/**
 * The conformance kit every persistence adapter must pass: extend {@link
 * be.ifg.persistence.tck.StoreConformance} in the adapter's tests and say how to make (and reopen)
 * a store; {@link be.ifg.persistence.tck.SampleEvents} builds one event of every type.
 */
@NullMarked
@CheckReturnValue
package be.ifg.persistence.tck;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
