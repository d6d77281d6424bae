import dev.cfscale.cli.Console;
import dev.cfscale.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one cfscale command over many projects in one JVM and writes each output to OUTDIR/<name>.out
 * (stdout, then the exit code and stderr), for golden comparison before and after an engine change.
 *
 *   java -cp target/cfscale.jar eval/speed/Golden.java OUTDIR audit|inspect NAME=DIR...
 */
public final class Golden {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    String command = args[1];
    Files.createDirectories(out);
    for (int i = 2; i < args.length; i++) {
      String name = args[i].substring(0, args[i].indexOf('='));
      String dir = args[i].substring(args[i].indexOf('=') + 1);
      StringWriter so = new StringWriter();
      StringWriter se = new StringWriter();
      Console console = new Console(new PrintWriter(so), new PrintWriter(se), false);
      long start = System.nanoTime();
      String[] cli = command.equals("audit")
          ? new String[] {"audit", "--format", "json", "--today", "2026-12-01", dir}
          : new String[] {"inspect", dir};
      int code = Main.run(console, cli);
      Files.writeString(out.resolve(name + ".out"), so + "\n--- exit " + code + "\n" + se, StandardCharsets.UTF_8);
      System.err.printf("%s %s %.1fs exit %d%n", command, name, (System.nanoTime() - start) / 1e9, code);
    }
  }
}
