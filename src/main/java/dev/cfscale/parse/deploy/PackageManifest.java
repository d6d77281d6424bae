package dev.cfscale.parse.deploy;

import java.util.List;
import java.util.Optional;

/**
 * What a {@code package.json} says about deployment: the wrangler commands of its scripts, the files its scripts
 * copy (a build that assembles {@code dist/} from a workspace package), whether it is a published library (not
 * private, with exports or files), and the wrangler version it depends on.
 */
public record PackageManifest(String file, List<WranglerCommand> commands, List<ShellCommands.Copy> copies, boolean library,
    Optional<String> wranglerVersion) {

  public PackageManifest {
    commands = List.copyOf(commands);
    copies = List.copyOf(copies);
  }

  /** The major version of the wrangler dependency, when its range names one ({@code ^3.53.0} -> 3). */
  public Optional<Integer> wranglerMajor() {
    return wranglerVersion.map(v -> v.replaceFirst("^[^0-9]*", "")).filter(v -> !v.isEmpty() && Character.isDigit(v.charAt(0)))
        .map(v -> Integer.parseInt(v.replaceFirst("^(\\d+).*", "$1")));
  }
}
