package dev.cfscale.analysis;

import dev.cfscale.analysis.code.CodeAnalyzer;
import dev.cfscale.analysis.code.conventions.Conventions;
import dev.cfscale.analysis.d1.D1Advisor;
import dev.cfscale.discover.ProjectLayout;
import dev.cfscale.discover.ProjectScanner;
import dev.cfscale.discover.SkippedFolders;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.Setting;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.SourceFile;
import dev.cfscale.parse.config.ConfigFile;
import dev.cfscale.parse.config.ConfigFileReader;
import dev.cfscale.parse.config.ConfigReadException;
import dev.cfscale.parse.config.SchemaIssue;
import dev.cfscale.parse.config.WranglerSchema;
import dev.cfscale.parse.ts.TsParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs discovery, parsing and model building for a whole project or one named config. A file that
 * cannot be read becomes a {@link Problem} and the other files are still analysed.
 */
public final class ProjectLoader {
  private final ConfigFileReader reader = new ConfigFileReader();
  private final WranglerSchema schema;
  private final WorkerModelBuilder builder = new WorkerModelBuilder();
  private final boolean codeEnabled;
  private CodeAnalyzer codeAnalyzer;

  public ProjectLoader(WranglerSchema schema) {
    this(schema, true);
  }

  /** {@code analyseCode} false reads configs only (the config benchmark and config-only callers). */
  public ProjectLoader(WranglerSchema schema, boolean analyseCode) {
    this.schema = schema;
    this.codeEnabled = analyseCode;
  }

  /** What to analyse: a directory, optionally one named config in it, optionally one environment. */
  public record Request(Path root, Optional<Path> config, Optional<String> environment, List<String> excludes) {}

  /** Loads the project; never throws for bad input. */
  public ProjectFacts load(Request request) {
    ProjectLayout layout = layout(request);
    List<WorkerConfig> workers = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<SourceFile> sources = new ArrayList<>();
    for (Path shadowed : layout.shadowedConfigs()) {
      problems.add(Problem.warning(Location.ofFile(layout.relative(shadowed)),
          "not analysed: wrangler reads the wrangler.json/.jsonc beside it instead"));
    }
    for (Path configPath : layout.configs()) {
      String relative = layout.relative(configPath);
      try {
        ConfigFile config = reader.read(configPath, relative);
        sources.add(new SourceFile(relative, config.lines(), config.format().lineCommentPrefix()));
        List<SchemaIssue> issues = schema.check(config.root());
        issues.stream().filter(i -> i.kind() == SchemaIssue.Kind.WRONG_TYPE)
            .forEach(i -> problems.add(Problem.error(at(relative, i), i.message())));
        List<SchemaIssue> unknown = issues.stream().filter(i -> i.kind() != SchemaIssue.Kind.WRONG_TYPE).toList();
        WorkerConfig worker = builder.build(config, unknown, request.environment());
        workers.add(analyseCodeSafely(worker, configPath, layout, problems, sources));
      } catch (ConfigReadException e) {
        sources.add(new SourceFile(relative, e.lines(), ""));
        problems.add(Problem.error(new Location(relative, e.position().line(), e.position().column()), e.getMessage()));
      } catch (UnknownEnvironmentException e) {
        problems.add(Problem.error(Location.ofFile(relative), e.getMessage()));
      }
    }
    return new ProjectFacts(workers, problems.stream().distinct().toList(), sources, request.config().isEmpty(),
        consumedByVariants(layout));
  }

  /**
   * Code analysis must never take the config findings down with it: an unexpected failure on some code
   * shape becomes a warning naming the Worker, and its config is still analysed.
   */
  private WorkerConfig analyseCodeSafely(WorkerConfig worker, Path configPath, ProjectLayout layout, List<Problem> problems,
      List<SourceFile> sources) {
    try {
      return analyseCode(worker, configPath, layout, problems, sources);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // StackOverflowError: pathological nesting in generated code; the rest of the run is unaffected
      problems.add(Problem.warning(Location.ofFile(worker.file()), "code analysis skipped for this Worker after an internal"
          + " error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); config findings are complete"));
      return worker;
    }
  }

  /**
   * Queues consumed by variant configs ({@code wrangler.indexing.toml}): read quietly, since they are
   * not audited and a broken one must not fail the run.
   */
  private Set<String> consumedByVariants(ProjectLayout layout) {
    Set<String> queues = new java.util.TreeSet<>();
    for (Path variant : layout.variantConfigs()) {
      try {
        WorkerConfig worker = builder.build(reader.read(variant, layout.relative(variant)), List.of(), Optional.empty());
        worker.environments().forEach(e -> e.queueConsumers().forEach(c -> queues.add(c.queue())));
      } catch (ConfigReadException | UnknownEnvironmentException | RuntimeException e) {
        // not audited: nothing to report
      }
    }
    return queues;
  }

  /** Runs code analysis for the Worker's sources; its problems and source texts join the project's. */
  private WorkerConfig analyseCode(WorkerConfig worker, Path configPath, ProjectLayout layout, List<Problem> problems,
      List<SourceFile> sources) {
    if (!codeEnabled) {
      return worker;
    }
    Path dir = configPath.toAbsolutePath().getParent();
    Optional<WorkerEnvironment> top = worker.environments().stream().filter(e -> e.environment().isEmpty()).findFirst()
        .or(() -> worker.environments().stream().findFirst());
    // a main in build output (dist/, build/) is generated code: analyse the sources under src/ instead
    Optional<Path> main = top.flatMap(WorkerEnvironment::main).flatMap(Setting::asText).map(m -> dir.resolve(m).normalize())
        .filter(m -> !SkippedFolders.anySkipped(dir.relativize(m)));
    boolean pages = top.map(e -> e.kind() == WorkerKind.PAGES).orElse(false);
    CodeAnalyzer.Result result = codeAnalyzer().analyse(new CodeAnalyzer.Request(layout.root(), dir, main, pages, worker.bindingTypes(),
        worker.localDurableObjectClasses(), layout::relative, worker.localDurableObjectBindings()));
    problems.addAll(result.problems());
    result.sources().forEach(s -> sources.add(new SourceFile(s.relativePath(), s.text().lines().toList(), "//")));
    return adviseDurableObjectSql(adviseD1(worker.withCode(result.facts()), dir, layout, problems), dir, layout, problems);
  }

  /** Runs the D1 advisor for each D1 binding: migrations in a sandbox, the code's SQL planned against them. */
  private static WorkerConfig adviseD1(WorkerConfig worker, Path dir, ProjectLayout layout, List<Problem> problems) {
    List<D1BindingAnalysis> analyses = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    // with several D1 bindings, default schema locations are ambiguous: only an explicit migrations_dir counts
    boolean single = worker.bindingTypes().values().stream().filter(BindingType.D1_DATABASE::equals).count() == 1;
    for (WorkerEnvironment env : worker.environments()) {
      for (Binding b : env.bindings(BindingType.D1_DATABASE)) {
        if (seen.add(b.name())) {
          D1Advisor.Result r = new D1Advisor().advise(new D1Advisor.Request(dir, b.name(), b.text("migrations_dir"), single,
              worker.code().operations(), layout::relative));
          problems.addAll(r.problems());
          analyses.add(r.analysis());
        }
      }
    }
    return worker.withD1(analyses);
  }

  /** The same advisor for each SQLite-backed Durable Object class that runs SQL: schema from its own CREATE statements. */
  private static WorkerConfig adviseDurableObjectSql(WorkerConfig worker, Path dir, ProjectLayout layout, List<Problem> problems) {
    List<String> classes = worker.code().operations().stream().filter(op -> op.operation().equals("sql.exec"))
        .map(op -> op.binding().orElse("")).filter(c -> !c.isEmpty()).distinct().toList();
    List<D1BindingAnalysis> analyses = new ArrayList<>();
    for (String className : classes) {
      D1Advisor.Result r = new D1Advisor().advise(D1Advisor.Request.durableObject(dir, className, worker.code().operations(), layout::relative));
      problems.addAll(r.problems());
      analyses.add(r.analysis());
    }
    return worker.withDurableObjectSql(analyses);
  }

  private CodeAnalyzer codeAnalyzer() {
    if (codeAnalyzer == null) {
      codeAnalyzer = new CodeAnalyzer(new TsParser(), Conventions.all());
    }
    return codeAnalyzer;
  }

  private static ProjectLayout layout(Request request) {
    if (request.config().isPresent()) {
      return new ProjectLayout(request.root(), List.of(request.config().get()), List.of(), List.of());
    }
    try {
      return new ProjectScanner(request.excludes()).scan(request.root());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scan " + request.root(), e);
    }
  }

  private static Location at(String file, SchemaIssue issue) {
    return new Location(file, issue.position().line(), issue.position().column());
  }
}
