package dev.cfscale.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the native parser's panic text off the user's terminal. swc4j 2.2.0 reports every syntax error by
 * throwing a Java exception from Rust and then panicking on jni's "an exception is pending" answer
 * ({@code Couldn't call throw parse error: JavaException}); Rust's default panic hook writes that, with a
 * backtrace when {@code RUST_BACKTRACE} is set, to file descriptor 2. Neither swc4j's API nor an environment
 * variable set from inside the JVM turns the hook off, so descriptor 2 itself is moved: Java's standard error
 * is reopened on the same destination, and descriptor 2 is pointed at {@code /dev/null} (closing a standard
 * descriptor in the JDK does exactly that). cfscale reports the syntax error itself, as a problem.
 *
 * <p>When standard error is the very file standard output writes ({@code > log 2>&1}), Java's standard error
 * writes through descriptor 1 instead (a reopened file would have its own offset, and the two streams would
 * overwrite each other). Not done when standard error cannot be reopened (a socket), or when
 * {@code CFSCALE_NATIVE_STDERR} is set (to see native output while debugging).
 */
final class NativeStderr {
  private NativeStderr() {}

  /** Moves Java's standard error off descriptor 2 and silences the descriptor, when that is safe. */
  static void silence() {
    if (System.getenv("CFSCALE_NATIVE_STDERR") != null) {
      return;
    }
    Path self = Path.of("/proc/self/fd");
    if (!Files.isDirectory(self)) {
      return;
    }
    try {
      Path err = self.resolve("2");
      Path out = self.resolve("1");
      boolean shared = Files.isRegularFile(err) && Files.exists(out) && Files.isSameFile(err, out);
      FileOutputStream reopened = shared ? new FileOutputStream(FileDescriptor.out) : new FileOutputStream(err.toFile(), true);
      System.err.flush();
      System.setErr(new PrintStream(reopened, true));
      new FileOutputStream(FileDescriptor.err).close();
    } catch (IOException | RuntimeException e) {
      // standard error stays as it was: the native text shows, nothing else changes
    }
  }
}
