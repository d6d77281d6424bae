package dev.cfscale.parse.deploy;

import java.util.List;
import java.util.Optional;

/**
 * One wrangler invocation found in a package.json script or a CI workflow, with what it tells about
 * deployment: the action ({@code deploy}, {@code secret put}, {@code pages dev}, ...), the entry script and
 * config it names, the environment, the vars it injects ({@code --var NAME:value}, names only), the secrets it
 * uploads, and the bindings it declares on the command line ({@code pages dev --kv NAME}).
 *
 * @param source the file it was found in, relative to the scanned directory
 * @param line 1-based line in {@code source} (1 when unknown)
 * @param workingDirectory the directory the command runs in, relative to the scanned directory ("" for the root)
 */
public record WranglerCommand(String source, int line, String workingDirectory, String action, Optional<String> entry,
    Optional<String> config, Optional<String> environment, List<String> varNames, List<String> secretNames,
    List<CommandBinding> bindings) {

  public WranglerCommand {
    varNames = List.copyOf(varNames);
    secretNames = List.copyOf(secretNames);
    bindings = List.copyOf(bindings);
  }

  /** A binding declared by a flag: {@code kind} is the flag ({@code kv}, {@code d1}, {@code r2}, {@code do}, {@code service}, {@code binding}). */
  public record CommandBinding(String kind, String name) {}

  /** Whether the command uploads a Worker or a Pages project. */
  public boolean deploys() {
    return action.equals("deploy") || action.equals("publish") || action.equals("versions upload") || action.equals("pages deploy")
        || action.equals("pages publish");
  }

  /** A copy for another working directory (a workflow step's, or after {@code cd}). */
  public WranglerCommand in(String directory) {
    return new WranglerCommand(source, line, directory, action, entry, config, environment, varNames, secretNames, bindings);
  }
}
