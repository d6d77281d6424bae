package dev.cfscale.cli;

import dev.cfscale.analysis.d1.IndexMerger;
import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.analysis.ProjectLoader;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.IndexRecommendation;
import dev.cfscale.facts.d1.QueryAnalysis;
import dev.cfscale.fix.IndexMigration;
import dev.cfscale.fix.IndexMigrationWriter;
import dev.cfscale.render.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cfscale fix --d1-indexes}: writes the indexes the D1 advisor verified as the next numbered
 * migration of each binding. Shows the diff first; {@code --dry-run} only shows it.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, description = "Apply safe automatic fixes (shows a diff first).")
public final class FixCommand implements Callable<Integer> {

  @ParentCommand
  CfscaleCommand parent;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Project directory (default: .)")
  Path directory = Path.of(".");

  @Option(names = "--d1-indexes", description = "Write recommended D1 indexes as a new migration per binding.")
  boolean d1Indexes;

  @Option(names = "--allow-outside", paramLabel = "DIR",
      description = "Write into DIR although it is outside the project (a migrations_dir such as ../db/migrations).")
  List<Path> allowedOutside = new java.util.ArrayList<>();

  @Option(names = "--dry-run", description = "Print the diff and change nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws IOException {
    if (!java.nio.file.Files.isDirectory(directory)) {
      throw new UsageException(directory + ": not a directory");
    }
    if (!d1Indexes) {
      throw new UsageException("choose what to fix: --d1-indexes");
    }
    ProjectFacts facts = new ProjectLoader(Preload.wranglerSchema())
        .load(new ProjectLoader.Request(directory, Optional.empty(), Optional.empty(), List.of()));
    IndexMigrationWriter writer = new IndexMigrationWriter();
    int written = 0;
    for (WorkerConfig worker : facts.workers()) {
      for (D1BindingAnalysis binding : worker.d1()) {
        List<String> statements = IndexMerger.merge(binding.queries().stream().map(QueryAnalysis::recommendation)
            .flatMap(Optional::stream).flatMap(r -> r.all().stream()).toList()).stream().map(IndexRecommendation::createStatement).toList();
        if (statements.isEmpty() || binding.schemaFiles().isEmpty()) {
          continue;
        }
        Path target = migrationsDir(worker, binding);
        if (!dev.cfscale.discover.InputFiles.isInside(directory, target) && !allowed(target)) {
          throw new UsageException(worker.file() + ": migrations_dir of " + binding.binding() + " is " + target.normalize()
              + ", outside the project; nothing written (pass --allow-outside " + target.normalize() + " to write there)");
        }
        IndexMigration migration = writer.plan(binding.binding(), target, statements);
        PrintWriter shown = new PrintWriter(Printable.writer(parent.console().out())); // table and column names from the project
        writer.diff(migration, directory, shown);
        shown.flush();
        if (!dryRun) {
          writer.write(migration);
          written++;
        }
      }
    }
    parent.console().out().flush();
    parent.console().err().println(dryRun ? "cfscale: dry run, nothing written" : "cfscale: wrote " + written + " migration file(s)");
    return ExitCode.OK;
  }

  /** Whether the user named {@code target} with --allow-outside. */
  private boolean allowed(Path target) {
    Path wanted = target.toAbsolutePath().normalize();
    return allowedOutside.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(wanted));
  }

  /** The folder of the binding's first schema file (its migrations_dir). */
  private Path migrationsDir(WorkerConfig worker, D1BindingAnalysis binding) {
    Path configDir = directory.resolve(worker.file()).getParent();
    Optional<String> dir = worker.environments().stream().flatMap(e -> e.bindings(BindingType.D1_DATABASE).stream())
        .filter(b -> b.name().equals(binding.binding())).map((Binding b) -> b.text("migrations_dir")).flatMap(Optional::stream).findFirst();
    return dir.map(configDir::resolve).orElseGet(() -> directory.resolve(binding.schemaFiles().get(0)).getParent());
  }
}
