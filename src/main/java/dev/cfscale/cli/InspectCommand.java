package dev.cfscale.cli;

import dev.cfscale.analysis.ProjectLoader;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.render.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cfscale inspect}: what code analysis found, operation by operation (for review and debugging rules). */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "List the entry points and every platform operation code analysis found.")
public final class InspectCommand implements Callable<Integer> {

  @ParentCommand
  CfscaleCommand parent;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Project directory (default: .)")
  Path directory = Path.of(".");

  @Override
  public Integer call() {
    if (!java.nio.file.Files.isDirectory(directory)) {
      throw new UsageException(directory + ": not a directory");
    }
    ProjectFacts facts = new ProjectLoader(Preload.wranglerSchema())
        .load(new ProjectLoader.Request(directory, Optional.empty(), Optional.empty(), List.of()));
    PrintWriter out = new PrintWriter(Printable.writer(parent.console().out())); // names, keys and SQL from the project
    facts.problems().forEach(p -> out.println(p.location() + ": " + p.message()));
    for (WorkerConfig worker : facts.workers()) {
      out.println(worker.topLevelName() + " (" + worker.file() + "): " + worker.code().modules() + " modules, "
          + worker.code().lines() + " lines");
      for (EntryPoint e : worker.code().entryPoints()) {
        out.println("  entry " + e + " at " + e.location());
      }
      for (OperationSite op : worker.code().operations()) {
        out.println("  " + op.location() + " " + op.binding().orElse("-") + " " + op.operation()
            + (op.key().shape().name().equals("NONE") ? "" : " key=" + op.key().shape() + ":" + op.key().text())
            + op.sql().map(s -> " sql=\"" + s + "\"").orElse("") + op.model().map(m -> " model=" + m).orElse("")
            + (op.loop().inLoop() ? " loop=" + op.loop().kind() + (op.loop().viaCall() ? "(via call)" : "") + (op.loop().adminOnly() ? "(admin only)" : "") + (op.loop().parallel() ? "(parallel)" : "") : "")
            + (op.awaited() ? " awaited" : "") + (op.inWaitUntil() ? " waitUntil" : "")
            + (op.options().names().isEmpty() ? "" : " options=" + op.options().names())
            + " reachedFrom=" + op.reachedFrom().stream().map(EntryPoint::toString).sorted().toList());
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
