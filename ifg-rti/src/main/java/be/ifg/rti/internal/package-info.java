/**
 * Implementation helpers of {@code ifg-rti} that depend on nothing else in the module: id patterns,
 * semantic-version ordering and content digests. Not exported; nothing outside the module may use
 * it. {@code Ids} is public because both {@code be.ifg.rti} and {@code be.ifg.rti.json} use it;
 * everything else is package-private.
 */
@NullMarked
@CheckReturnValue
package be.ifg.rti.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
