/** The in-memory adapter: the embedded default, thread-safe, kept for the life of the JVM. */
@NullMarked
@CheckReturnValue
package be.ifg.persistence.memory;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
