package dev.cfscale.analysis;

import dev.cfscale.analysis.code.CodeAnalyzer;
import dev.cfscale.analysis.code.conventions.Conventions;
import dev.cfscale.analysis.d1.D1Advisor;
import dev.cfscale.discover.ConfigNames;
import dev.cfscale.discover.ConfigRole;
import dev.cfscale.discover.ConfiglessWorker;
import dev.cfscale.discover.DiscoveredConfig;
import dev.cfscale.discover.ProjectLayout;
import dev.cfscale.discover.ProjectScanner;
import dev.cfscale.discover.SkippedFile;
import dev.cfscale.discover.SkippedFolders;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.CodeReading;
import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.ConfigOrigin;
import dev.cfscale.facts.config.DeploySetup;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.findings.InputSummary;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.SourceFile;
import dev.cfscale.parse.config.ConfigFile;
import dev.cfscale.parse.config.ConfigFileReader;
import dev.cfscale.parse.config.ConfigReadException;
import dev.cfscale.parse.config.SchemaIssue;
import dev.cfscale.parse.config.WranglerSchema;
import dev.cfscale.parse.deploy.PackageDeployScripts;
import dev.cfscale.parse.ts.ScriptHandlerShapes;
import dev.cfscale.parse.ts.TsParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs discovery, parsing and model building for a whole project or one named config. A file that
 * cannot be read becomes a {@link Problem} and the other files are still analysed; every config-like
 * file is either audited or listed as skipped with the reason.
 */
public final class ProjectLoader {
  private final ConfigFileReader reader = new ConfigFileReader();
  private final WranglerSchema schema;
  private final WorkerModelBuilder builder = new WorkerModelBuilder();
  private final boolean codeEnabled;
  private CodeAnalyzer codeAnalyzer;
  /** Code analysis results by what they depend on: a variant or environment file of the same code reuses them. */
  private final Map<CodeKey, Once<CodeAnalyzer.Result>> codeResults = new java.util.concurrent.ConcurrentHashMap<>();
  /** Source files as reports quote them, split into lines once per run however many Workers read them. */
  private final Map<String, SourceFile> codeSources = new java.util.concurrent.ConcurrentHashMap<>();
  /** One advisor per run: bindings with the same schema and queries (a shared Durable Object class) are planned once. */
  private final D1Advisor d1Advisor = new D1Advisor();

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

  /** What loading accumulates across configs (one per Worker while they are analysed, then joined in order). */
  private record Accumulator(List<WorkerConfig> workers, List<Problem> problems, Map<String, SourceFile> sources,
      List<InputSummary> inputs, Set<String> skippedConsumers) {
    Accumulator() {
      this(new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>(), new ArrayList<>(), new TreeSet<>());
    }

    /** Adds what {@code part} found after what is here, as if it had been found here. */
    void add(Accumulator part) {
      workers.addAll(part.workers());
      problems.addAll(part.problems());
      part.sources().forEach(sources::putIfAbsent);
      inputs.addAll(part.inputs());
      skippedConsumers.addAll(part.skippedConsumers());
    }
  }

  /**
   * Loads the project; never throws for bad input. Workers are analysed in parallel (as many at a time as
   * the machine has cores, sharing the run's parsed files); what each finds is joined in discovery order,
   * so the result is the same as one after the other.
   */
  public ProjectFacts load(Request request) {
    ProjectLayout layout = layout(request);
    DeploySetups setups = new DeploySetups(layout);
    Accumulator acc = new Accumulator();
    for (SkippedFile skipped : layout.skipped()) {
      skip(skipped, layout, acc);
    }
    List<java.util.function.Consumer<Accumulator>> workers = new ArrayList<>();
    for (DiscoveredConfig config : layout.configs()) {
      workers.add(part -> loadConfig(config, request, layout, setups, part));
    }
    for (ConfiglessWorker configless : layout.configless()) {
      workers.add(part -> {
        WorkerConfig worker = ConfiglessWorkers.model(configless, layout, setups);
        WorkerConfig analysed = analyseCodeSafely(worker, configless.dir(), layout, part);
        part.workers().add(analysed);
        part.inputs().add(audited(worker.file(), worker.origin().description(),
            ConfiglessWorkers.bindingsSource(configless, worker, analysed), analysed));
      });
    }
    dev.cfscale.parse.DeepStack.map(workers, w -> {
      Accumulator part = new Accumulator();
      w.accept(part);
      return part;
    }).forEach(acc::add);
    return new ProjectFacts(acc.workers(), Problem.capPerFile(acc.problems().stream().distinct().toList()), List.copyOf(acc.sources().values()),
        request.config().isEmpty(), acc.skippedConsumers(), acc.inputs());
  }

  private void skip(SkippedFile skipped, ProjectLayout layout, Accumulator acc) {
    String relative = layout.relative(skipped.file());
    acc.inputs().add(InputSummary.skipped(relative, skipped.role(), skipped.reason()));
    if (skipped.reason().equals(SkippedFile.SYMBOLIC_LINK)) {
      acc.problems().add(Problem.error(Location.ofFile(relative), skipped.reason()));
      return;
    }
    if (skipped.reason().startsWith("wrangler reads")) {
      acc.problems().add(Problem.warning(Location.ofFile(relative), "not analysed: " + skipped.reason()));
    }
    // a queue a skipped config consumes may still be consumed in production: never claim it is not
    try {
      builder.build(reader.read(skipped.file(), relative), List.of(), Optional.empty()).environments()
          .forEach(e -> e.queueConsumers().forEach(c -> acc.skippedConsumers().add(c.queue())));
    } catch (ConfigReadException | UnknownEnvironmentException | RuntimeException e) {
      // not audited: nothing to report
    }
  }

  private void loadConfig(DiscoveredConfig discovered, Request request, ProjectLayout layout, DeploySetups setups, Accumulator acc) {
    Path configPath = discovered.file();
    String relative = layout.relative(configPath);
    ConfigOrigin origin = origin(discovered);
    try {
      ConfigFile config = discovered.role() == ConfigRole.EXAMPLE ? reader.readTemplate(configPath, relative) : reader.read(configPath, relative);
      List<SchemaIssue> issues = schema.check(config.root());
      List<SchemaIssue> unknown = issues.stream().filter(i -> i.kind() != SchemaIssue.Kind.WRONG_TYPE).toList();
      DeploySetup deploy = setups.forConfig(configPath, discovered.role() == ConfigRole.CONFIG || discovered.role() == ConfigRole.EXAMPLE);
      WorkerModelBuilder.Context context = new WorkerModelBuilder.Context(discovered.environment(), deploy.scriptEntry().isPresent(),
          staleMainBesidePagesFunctions(configPath, config));
      WorkerConfig worker = builder.build(config, unknown, request.environment(), context).withContext(origin, deploy);
      Optional<String> fixture = TestFixtures.reason(configPath, worker, setups);
      if (fixture.isPresent() && request.config().isEmpty()) {
        acc.inputs().add(InputSummary.skipped(relative, "test config", fixture.get()));
        return;
      }
      acc.sources().putIfAbsent(relative, new SourceFile(relative, config.lines(), config.format().lineCommentPrefix()));
      issues.stream().filter(i -> i.kind() == SchemaIssue.Kind.WRONG_TYPE)
          .forEach(i -> acc.problems().add(Problem.error(at(relative, i), i.message())));
      WorkerConfig analysed = analyseCodeSafely(worker, configPath.toAbsolutePath().getParent(), layout, acc);
      acc.workers().add(analysed);
      acc.inputs().add(audited(relative, roleLabel(discovered), discovered.reason(), analysed));
    } catch (ConfigReadException e) {
      if (discovered.role() == ConfigRole.EXAMPLE) {
        // a template with placeholders ({{ACCOUNT_ID}}) need not parse: say so, without failing the run
        acc.problems().add(Problem.warning(new Location(relative, e.position().line(), e.position().column()),
            "example config not audited: " + e.getMessage()));
        acc.inputs().add(InputSummary.skipped(relative, "example config", "does not parse: " + e.getMessage()));
        return;
      }
      if (TemplateTags.written(e.lines())) {
        // a project generator's template (cargo-generate, create-cloudflare): {{ project-name }} is filled in on generation
        acc.problems().add(Problem.warning(new Location(relative, e.position().line(), e.position().column()),
            "project template not audited (template tags such as {{ name }} are filled in when a project is generated): " + e.getMessage()));
        acc.inputs().add(InputSummary.skipped(relative, "project template", "template tags; does not parse: " + e.getMessage()));
        return;
      }
      acc.sources().putIfAbsent(relative, new SourceFile(relative, e.lines(), ""));
      acc.problems().add(Problem.error(new Location(relative, e.position().line(), e.position().column()), e.getMessage()));
      acc.inputs().add(InputSummary.skipped(relative, roleLabel(discovered), "does not parse"));
    } catch (UnknownEnvironmentException e) {
      acc.problems().add(Problem.error(Location.ofFile(relative), e.getMessage()));
      acc.inputs().add(InputSummary.skipped(relative, roleLabel(discovered), e.getMessage()));
    }
  }

  /** A {@code main} that is not in the checkout, not build output, with Pages Functions beside the config. */
  private static boolean staleMainBesidePagesFunctions(Path configPath, ConfigFile config) {
    Path dir = configPath.toAbsolutePath().normalize().getParent();
    return config.root().string("main").map(m -> dir.resolve(m).normalize())
        .filter(m -> !SkippedFolders.anySkipped(dir.relativize(m)) && !java.nio.file.Files.exists(m))
        .isPresent() && java.nio.file.Files.isDirectory(dir.resolve("functions"));
  }

  private static InputSummary audited(String file, String role, String reason, WorkerConfig worker) {
    return new InputSummary(file, true, role, reason, worker.topLevelName(), worker.code().modules(), worker.reading().scope());
  }

  private static ConfigOrigin origin(DiscoveredConfig discovered) {
    return switch (discovered.role()) {
      case CONFIG -> ConfigOrigin.STANDARD;
      case EXAMPLE -> new ConfigOrigin(ConfigOrigin.Role.EXAMPLE, discovered.file().getFileName() + " is an example config, audited"
          + " because it is " + discovered.reason());
      case ENVIRONMENT -> new ConfigOrigin(ConfigOrigin.Role.ENVIRONMENT_FILE, discovered.reason());
      case VARIANT -> new ConfigOrigin(ConfigOrigin.Role.VARIANT, discovered.reason());
      case DEV -> new ConfigOrigin(ConfigOrigin.Role.DEV, discovered.reason());
    };
  }

  private static String roleLabel(DiscoveredConfig discovered) {
    return switch (discovered.role()) {
      case CONFIG -> "config";
      case EXAMPLE -> "example config";
      case ENVIRONMENT -> "environment " + discovered.environment().orElse("");
      case VARIANT -> "variant config";
      case DEV -> "dev-only config";
    };
  }

  /**
   * Code analysis must never take the config findings down with it: an unexpected failure on some code
   * shape becomes a warning naming the Worker, and its config is still analysed.
   */
  private WorkerConfig analyseCodeSafely(WorkerConfig worker, Path dir, ProjectLayout layout, Accumulator acc) {
    try {
      return analyseCode(worker, dir, layout, acc);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // StackOverflowError: pathological nesting in generated code; the rest of the run is unaffected
      acc.problems().add(Problem.warning(Location.ofFile(worker.file()), "code analysis skipped for this Worker after an internal"
          + " error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); config findings are complete"));
      return worker.withCode(worker.code(), new CodeReading("code analysis failed (internal error)", false, Set.of()));
    }
  }

  /** Runs code analysis for the Worker's sources; its problems and source texts join the project's. */
  private WorkerConfig analyseCode(WorkerConfig configured, Path dir, ProjectLayout layout, Accumulator acc) {
    WorkerConfig worker = configured;
    if (!codeEnabled) {
      return worker;
    }
    Path absolute = dir.toAbsolutePath().normalize();
    CodeScope scope = worker.origin().configless() ? ConfiglessWorkers.scope(worker, absolute, layout.root())
        : CodeScope.of(layout.root().toAbsolutePath().normalize(), absolute, worker);
    String configFile = worker.file();
    scope.refusal().ifPresent(r -> acc.problems().add(Problem.error(Location.ofFile(configFile), r)));
    if (!scope.analysed()) {
      return worker.withCode(worker.code(), new CodeReading(scope.description(), false, Set.of()));
    }
    boolean infer = worker.origin().configless();
    CodeKey key = new CodeKey(absolute, scope.main(), scope.pages(), worker.bindingTypes(), worker.localDurableObjectClasses(),
        worker.localDurableObjectBindings(), worker.localWorkflowClasses());
    CodeAnalyzer.Result result = codeResults.computeIfAbsent(key, k -> new Once<>()).get(() -> codeAnalyzer().analyse(
        new CodeAnalyzer.Request(layout.root(), absolute, key.main(), key.pages(), key.bindings(), key.durableObjectClasses(), layout::relative,
            infer, key.durableObjectBindings(), key.workflowClasses())));
    if (infer) {
      worker = ConfiglessWorkers.withBindings(worker, result.bindings());
    }
    acc.problems().addAll(result.problems());
    result.sources().forEach(s -> acc.sources().computeIfAbsent(s.relativePath(),
        r -> codeSources.computeIfAbsent(r, k -> new SourceFile(k, s.text().lines().toList(), "//"))));
    String described = scope.description() + (result.facts().modules() == 0 ? noModules(result.problems()) : "");
    CodeReading reading = new CodeReading(described, result.facts().modules() > 0, ConfigNamesInCode.mentioned(worker, result.sources()));
    WorkerConfig withCode = worker.withCode(result.facts(), reading);
    return adviseDurableObjectSql(adviseD1(withCode, absolute, layout, acc.problems()), absolute, layout, acc.problems());
  }

  /**
   * Why a Worker's code gave no module: the first file that did not parse (a syntax error, nesting too deep) or could
   * not be read, else that nothing was there. "No source files" for a file that is there but broken misleads.
   */
  private static String noModules(List<Problem> problems) {
    return problems.stream().filter(Problem::isError).findFirst().or(() -> problems.stream().findFirst())
        .map(p -> ": " + p.location() + " not analysed (" + p.message() + ")").orElse(": no source files found there");
  }

  /** What a code analysis depends on. */
  private record CodeKey(Path dir, Optional<Path> main, boolean pages, Map<String, BindingType> bindings, Set<String> durableObjectClasses,
      Map<String, String> durableObjectBindings, Set<String> workflowClasses) {}

  /** Runs the D1 advisor for each D1 binding: migrations in a sandbox, the code's SQL planned against them. */
  private WorkerConfig adviseD1(WorkerConfig worker, Path dir, ProjectLayout layout, List<Problem> problems) {
    List<D1BindingAnalysis> analyses = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    // with several D1 bindings, default schema locations are ambiguous: only an explicit migrations_dir counts
    boolean single = worker.bindingTypes().values().stream().filter(BindingType.D1_DATABASE::equals).count() == 1;
    for (WorkerEnvironment env : worker.environments()) {
      for (Binding b : env.bindings(BindingType.D1_DATABASE)) {
        if (seen.add(b.name())) {
          D1Advisor.Result r = d1Advisor.advise(new D1Advisor.Request(dir, layout.root(), b.name(), b.text("migrations_dir"), single,
              worker.code().operations(), layout::relative));
          problems.addAll(r.problems());
          analyses.add(r.analysis());
        }
      }
    }
    return worker.withD1(analyses);
  }

  /** The same advisor for each SQLite-backed Durable Object class that runs SQL: schema from its own CREATE statements. */
  private WorkerConfig adviseDurableObjectSql(WorkerConfig worker, Path dir, ProjectLayout layout, List<Problem> problems) {
    List<String> classes = worker.code().operations().stream().filter(op -> op.operation().equals("sql.exec"))
        .map(op -> op.binding().orElse("")).filter(c -> !c.isEmpty()).distinct().toList();
    List<D1BindingAnalysis> analyses = new ArrayList<>();
    for (String className : classes) {
      D1Advisor.Result r = d1Advisor.advise(D1Advisor.Request.durableObject(dir, className, worker.code().operations(), layout::relative));
      problems.addAll(r.problems());
      analyses.add(r.analysis());
    }
    return worker.withDurableObjectSql(analyses);
  }

  /** A value computed by the first caller; concurrent callers wait for it, later ones reuse it. */
  private static final class Once<T> {
    private T value;

    synchronized T get(java.util.function.Supplier<T> compute) {
      if (value == null) {
        value = compute.get();
      }
      return value;
    }
  }

  private synchronized CodeAnalyzer codeAnalyzer() {
    if (codeAnalyzer == null) {
      codeAnalyzer = new CodeAnalyzer(new TsParser(), Conventions.all());
    }
    return codeAnalyzer;
  }

  private static ProjectLayout layout(Request request) {
    if (request.config().isPresent()) {
      Path file = request.config().get();
      return new ProjectLayout(request.root(), List.of(named(file)), List.of(), List.of());
    }
    try {
      return new ProjectScanner(request.excludes(), new ScriptHandlerShapes(new TsParser()), new PackageDeployScripts()).scan(request.root());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot scan " + request.root(), e);
    }
  }

  /** A config named with --config: its role from its name, never skipped. */
  private static DiscoveredConfig named(Path file) {
    Optional<ConfigNames.Name> name = ConfigNames.classify(file.getFileName().toString());
    if (name.isPresent() && name.get().kind() == ConfigNames.Kind.ENVIRONMENT) {
      return new DiscoveredConfig(file, ConfigRole.ENVIRONMENT, Optional.of(name.get().qualifier()), "named with --config");
    }
    return new DiscoveredConfig(file, ConfigRole.CONFIG, Optional.empty(), "named with --config");
  }

  private static Location at(String file, SchemaIssue issue) {
    return new Location(file, issue.position().line(), issue.position().column());
  }
}
