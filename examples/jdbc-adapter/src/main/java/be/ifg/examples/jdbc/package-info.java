/**
 * An integrator's persistence adapter on plain JDBC: {@link be.ifg.examples.jdbc.JdbcStore} keeps
 * events and the disclosure log as JSON text in two tables ({@code schema.sql}), on H2 (embedded,
 * the default) or PostgreSQL (the production target).
 */
@NullMarked
@CheckReturnValue
package be.ifg.examples.jdbc;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
