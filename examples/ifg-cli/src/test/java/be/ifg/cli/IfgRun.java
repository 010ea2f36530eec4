package be.ifg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the {@code ifg} command line, for the tests: its exit code and what it
 * printed on standard output and standard error.
 *
 * @param code the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record IfgRun(int code, String out, String err) {

  /** Runs {@code ifg} with the given arguments, in this JVM. */
  static IfgRun ifg(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Ifg.run(new PrintWriter(out), new PrintWriter(err), args);
    return new IfgRun(code, out.toString(), err.toString());
  }
}
