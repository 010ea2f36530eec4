/**
 * The ubiquitous language of the chain approach (Ketenaanpak Intrafamiliaal Geweld): immutable
 * values, the sealed hierarchy of {@link be.ifg.domain.DossierEvent domain events}, and the {@link
 * be.ifg.domain.Dossier dossier state} as a pure fold of those events.
 *
 * <p>Nothing here decides which command is allowed; that is {@code ifg-workflow}'s job. Every type
 * is immutable and therefore thread-safe. All values refuse bad input with an {@link
 * IllegalArgumentException} (or {@link NullPointerException} for a missing value) whose message
 * names the field, what was given and what is expected.
 */
@NullMarked
@CheckReturnValue
package be.ifg.domain;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
