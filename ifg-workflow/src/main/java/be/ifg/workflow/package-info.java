/**
 * The SDK of the chain approach: deciding commands against the dossier lifecycle and its guards,
 * the agenda, and — through the need-to-know policy — the only way dossier content leaves the
 * library: a view for a named actor and purpose.
 */
@NullMarked
@CheckReturnValue
package be.ifg.workflow;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
