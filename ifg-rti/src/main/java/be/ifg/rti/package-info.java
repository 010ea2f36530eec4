/**
 * Risk-assessment instruments (RTI) as data, and scoring that explains itself.
 *
 * <p>An {@link be.ifg.rti.Instrument} is an immutable, versioned definition with a content hash;
 * {@link be.ifg.rti.Instruments} is a thread-safe catalogue in which a published (id, version)
 * never changes; {@link be.ifg.rti.Assessments#score} turns an {@link be.ifg.rti.AnswerSet} into an
 * {@link be.ifg.rti.Assessment} (or a refused override) exactly as the instrument format's
 * normative scoring section says, and {@link be.ifg.rti.Assessments#compare} tells what changed
 * between two assessments of one dossier. Reading and writing JSON lives in {@code
 * be.ifg.rti.json}; this package imports no JSON library.
 *
 * <p>Every value here is immutable and thread-safe. Bad arguments are refused with {@link
 * IllegalArgumentException} or {@link NullPointerException}; business outcomes (invalid input, a
 * refused override) come back as values.
 */
@NullMarked
@CheckReturnValue
package be.ifg.rti;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
