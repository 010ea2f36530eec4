/**
 * The JSON forms of {@code ifg-rti} (Jackson): instrument definitions with complete validation and
 * canonical content hashes, local wording files, answers files (and answers embedded in other
 * documents, such as a scenario's {@code assess} step), the scoring result, and the built-in
 * instruments shipped as class-path resources.
 *
 * <p>Readers return {@link be.ifg.rti.Parsed} values that list every problem with its JSON path;
 * only input that cannot be read at all (an I/O failure, text that is not JSON) throws {@link
 * be.ifg.rti.UnreadableInputException}. All classes are stateless and thread-safe.
 */
@NullMarked
@CheckReturnValue
package be.ifg.rti.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
