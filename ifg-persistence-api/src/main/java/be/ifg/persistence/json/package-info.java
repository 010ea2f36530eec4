/**
 * The stable, versioned JSON form of every chain event and disclosure entry: {@link
 * be.ifg.persistence.json.EventJson} writes and reads it, upcasting records of older schema
 * versions to the current form, so that any database can keep events as text.
 */
@NullMarked
@CheckReturnValue
package be.ifg.persistence.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
