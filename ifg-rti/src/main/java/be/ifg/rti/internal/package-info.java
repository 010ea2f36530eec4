/**
 * Implementation helpers of {@code ifg-rti} that depend on nothing else in the module: id patterns,
 * semantic-version ordering and content digests. Not exported; nothing outside the module may use
 * it.
 */
@NullMarked
@CheckReturnValue
package be.ifg.rti.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
