/**
 * Anchors for the disclosure log: places outside the store that keep its signed checkpoints (see
 * {@link be.ifg.persistence.LogAnchor}), starting with {@link
 * be.ifg.persistence.anchor.FileLogAnchor}, one line per checkpoint in a file.
 */
@NullMarked
@CheckReturnValue
package be.ifg.persistence.anchor;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
