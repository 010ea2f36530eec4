/**
 * The {@code ifg} command-line app: one top command ({@link be.ifg.cli.Ifg}) with one class per
 * command group: {@link be.ifg.cli.RtiCommand} for {@code ifg rti validate} and {@code ifg rti
 * score}, {@link be.ifg.cli.ScenarioCommand} for {@code ifg scenario run}, {@link
 * be.ifg.cli.WorkflowCommand} for {@code ifg workflow diagram}, {@link be.ifg.cli.StoreCommand} for
 * {@code ifg store verify} and {@code ifg store keygen}; further groups are added as subcommands of
 * {@link be.ifg.cli.Ifg}.
 *
 * <p>Exit codes: 0 done, 1 an instrument is invalid (or an expectation failed), 2 the command line
 * or an input file cannot be used.
 *
 * <p>Languages: {@code ifg --language nl|fr|en} (on any command) writes the output in Dutch, French
 * or English; the app's own words are in {@link be.ifg.cli.Words}, the library's come from the
 * library. Without {@code --language} the output is English, as it always was, with a dossier's
 * state also named in Dutch. The {@code --help} texts are English.
 */
@NullMarked
@CheckReturnValue
package be.ifg.cli;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
