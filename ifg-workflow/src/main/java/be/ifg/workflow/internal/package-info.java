/** Implementation of the workflow; nothing here is API. */
@NullMarked
package be.ifg.workflow.internal;

import org.jspecify.annotations.NullMarked;
