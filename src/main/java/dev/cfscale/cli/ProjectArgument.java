package dev.cfscale.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The project directory argument that commands reading one project share (default: the current directory). */
final class ProjectArgument {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Project directory (default: .)")
  Path directory = Path.of(".");
}
