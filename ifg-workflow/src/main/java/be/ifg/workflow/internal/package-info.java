/**
 * Implementation of the workflow: the guards behind the decisions, the agenda's deadlines and the
 * assessment through ifg-rti. Nothing here is API.
 */
@NullMarked
@CheckReturnValue
package be.ifg.workflow.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
