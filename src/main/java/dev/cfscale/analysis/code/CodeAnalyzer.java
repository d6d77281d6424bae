package dev.cfscale.analysis.code;

import dev.cfscale.discover.InputFiles;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.facts.code.CodeFacts;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.parse.DeepStack;
import dev.cfscale.parse.ts.SourceParseException;
import dev.cfscale.parse.ts.TsParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Analyses one Worker's code: finds its modules from {@code main} (or {@code src/}, or Pages
 * {@code functions/}), parses them in parallel, resolves bindings through the project's own functions
 * (repeating until parameter seeds are stable), and returns every operation with its entry points
 * and call-site context. Nothing from the project is executed.
 */
public final class CodeAnalyzer {
  /** Source files larger than this are reported and skipped (generated bundles, vendored code). */
  public static final long MAX_SOURCE_BYTES = 2L * 1024 * 1024;
  private static final int MAX_ROUNDS = 6;
  private static final int MAX_MODULES = 5000;
  /** Collections kept per unit for reuse by other Workers and rounds (each differs in what the Worker answered). */
  private static final int MAX_KEPT_COLLECTIONS = 16;
  private final TsParser parser;
  private final List<Convention> conventions;
  /** The monorepo's packages, found once per scanned directory and shared by its Workers. */
  private final Map<Path, WorkspacePackages> workspaces = new java.util.concurrent.ConcurrentHashMap<>();
  /** Every module parsed and indexed once per run, whichever Workers reach it. */
  private final ModuleCache cache = ModuleCache.forHeap();

  /** An analyzer that reads code with {@code parser} and knows the frameworks in {@code conventions} ({@code Conventions.all()}). */
  public CodeAnalyzer(TsParser parser, List<Convention> conventions) {
    this.parser = parser;
    this.conventions = List.copyOf(conventions);
  }

  /**
   * What to analyse: the config's folder, its entry module if any, the binding types, the DO classes it binds,
   * and which binding names which of those classes ({@code durableObjectBindings}: binding -> class), and the classes
   * it binds as Workflows ({@code workflowClasses}).
   * {@code inferBindings}: the Worker has no config (bindings set in the dashboard), so types are inferred from calls
   * only one binding type has ({@link BindingInference}).
   */
  public record Request(Path projectRoot, Path configDir, Optional<Path> main, boolean pages, Map<String, BindingType> bindings,
      Set<String> durableObjectClasses, Function<Path, String> relativize, boolean inferBindings,
      Map<String, String> durableObjectBindings, Set<String> workflowClasses) {

    /** A request that names no Workflow class. */
    public Request(Path projectRoot, Path configDir, Optional<Path> main, boolean pages, Map<String, BindingType> bindings,
        Set<String> durableObjectClasses, Function<Path, String> relativize, boolean inferBindings,
        Map<String, String> durableObjectBindings) {
      this(projectRoot, configDir, main, pages, bindings, durableObjectClasses, relativize, inferBindings, durableObjectBindings, Set.of());
    }

    /** A request for a Worker with a config, whose bindings are known. */
    public Request(Path projectRoot, Path configDir, Optional<Path> main, boolean pages, Map<String, BindingType> bindings,
        Set<String> durableObjectClasses, Function<Path, String> relativize, Map<String, String> durableObjectBindings) {
      this(projectRoot, configDir, main, pages, bindings, durableObjectClasses, relativize, false, durableObjectBindings);
    }

    /** A request that does not say which binding names which Durable Object class. */
    public Request(Path projectRoot, Path configDir, Optional<Path> main, boolean pages, Map<String, BindingType> bindings,
        Set<String> durableObjectClasses, Function<Path, String> relativize, boolean inferBindings) {
      this(projectRoot, configDir, main, pages, bindings, durableObjectClasses, relativize, inferBindings, Map.of());
    }

    public Request(Path projectRoot, Path configDir, Optional<Path> main, boolean pages, Map<String, BindingType> bindings,
        Set<String> durableObjectClasses, Function<Path, String> relativize) {
      this(projectRoot, configDir, main, pages, bindings, durableObjectClasses, relativize, false);
    }
  }

  /** The facts, the files that could not be read or parsed, and the binding types the analysis used (inferred ones included). */
  public record Result(CodeFacts facts, List<Problem> problems, List<SourceText> sources, Map<String, BindingType> bindings) {

    public Result(CodeFacts facts, List<Problem> problems, List<SourceText> sources) {
      this(facts, problems, sources, Map.of());
    }
  }

  /** A parsed file's text, kept for suppression comments. */
  public record SourceText(String relativePath, String text) {}

  public Result analyse(Request request) {
    // no project until this Worker's own: a thread may be lent to another Worker's task while waiting for its pool
    return Project.within(null, () -> analyseWorker(request));
  }

  private Result analyseWorker(Request request) {
    ModuleGraph graph = new ModuleGraph(request.configDir(), workspaces.computeIfAbsent(request.projectRoot(), WorkspacePackages::new));
    List<Problem> problems = new ArrayList<>();
    List<SourceModule> modules = load(request, graph, problems);
    Map<String, BindingType> bindings = request.inferBindings() ? inferBindings(request, graph, modules) : request.bindings();
    Project project = new Project(bindings, graph, conventions, request.durableObjectBindings());
    modules.forEach(project::add);
    project.linkReexports();
    if (modules.isEmpty()) {
      return new Result(CodeFacts.NONE, problems, List.of());
    }
    return Project.within(project, () -> analyse(request, graph, project, modules, problems, bindings));
  }

  /**
   * The bindings of a Worker without config: those its scripts name, then those its env type declares and its calls on
   * {@code env.X} imply, then those implied by calls on values the code's flow brings from env (a helper returning
   * {@code env["BUCKET"]}, a handler's parameter): the Worker is followed once with the names still unknown untyped.
   */
  private Map<String, BindingType> inferBindings(Request request, ModuleGraph graph, List<SourceModule> modules) {
    Map<String, BindingType> written = BindingInference.withInferred(request.bindings(), modules);
    if (modules.isEmpty()) {
      return written;
    }
    Project probe = Project.inferringBindings(written, graph, conventions, request.durableObjectBindings());
    modules.forEach(probe::add);
    probe.linkReexports();
    return Project.within(probe, () -> {
      new EntryPointFinder(probe, new Evaluator(probe), request.durableObjectClasses(), request.workflowClasses()).find();
      collectToFixpoint(probe, modules);
      return BindingInference.withUsed(written, modules, new Evaluator(probe));
    });
  }

  private Result analyse(Request request, ModuleGraph graph, Project project, List<SourceModule> modules, List<Problem> problems,
      Map<String, BindingType> bindings) {
    // entries first: they mark handlers' env parameters, which the collection rounds then use
    EntryPointFinder finder = new EntryPointFinder(project, new Evaluator(project), request.durableObjectClasses(), request.workflowClasses());
    List<EntryScope.Entry> found = finder.find();
    List<SourceModule> browser = browserModules(request, graph, modules);
    finder.readBrowserCode(browser);
    Collected collected = collectToFixpoint(project, modules);
    List<EntryScope.Entry> entries = new LiveEntries(project, finder.scope(), collected.edges(), modules).filter(found, collected.operations());
    List<OperationSite> sites = new SiteAssembler(project, entries, collected.edges(), modules).assemble(collected.operations());
    long lines = modules.stream().mapToLong(SourceModule::lineCount).sum();
    List<SourceText> texts = java.util.stream.Stream.concat(modules.stream(), browser.stream())
        .map(m -> new SourceText(m.relativePath(), m.source())).toList();
    // a route that runs several functions (middleware, the handler a factory wraps) is one entry point
    return new Result(new CodeFacts(entries.stream().map(EntryScope.Entry::point).distinct().toList(), sites, finder.scope().fixedInstances(),
        finder.scope().awakeSocketServers(), finder.scope().selfErasingObjects(), modules.size(), lines), problems, texts, bindings);
  }

  /**
   * Files under the Worker's folder that its code does not import and that a convention reads as browser
   * code (a page calling {@code useAgent}): parsed and indexed, never part of the Worker. A file that does
   * not parse is skipped quietly, since it is not the Worker's code.
   */
  private List<SourceModule> browserModules(Request request, ModuleGraph graph, List<SourceModule> modules) {
    Set<Path> worker = new HashSet<>();
    modules.forEach(m -> worker.add(m.path().normalize()));
    Map<Path, Boolean> hasConfig = new java.util.HashMap<>();
    List<Path> candidates = graph.allUnder(request.configDir()).stream().filter(p -> !worker.contains(p.normalize()))
        .filter(p -> !inNestedWorker(request.configDir(), p, hasConfig)).toList();
    List<SourceModule> out = DeepStack.map(candidates, p -> browserModule(p, request)).stream().flatMap(Optional::stream).toList();
    return out;
  }

  /** True when a folder between {@code configDir} and {@code file} has a wrangler config of its own (another Worker). */
  private static boolean inNestedWorker(Path configDir, Path file, Map<Path, Boolean> hasConfig) {
    for (Path dir = file.getParent(); dir != null && !dir.equals(configDir) && dir.startsWith(configDir); dir = dir.getParent()) {
      if (hasConfig.computeIfAbsent(dir, d -> List.of("wrangler.toml", "wrangler.json", "wrangler.jsonc").stream()
          .anyMatch(n -> Files.isRegularFile(d.resolve(n))))) {
        return true;
      }
    }
    return false;
  }

  private Optional<SourceModule> browserModule(Path file, Request request) {
    try {
      String text = InputFiles.readString(file, MAX_SOURCE_BYTES);
      if (conventions.stream().noneMatch(c -> c.readsBrowserCode(text))) {
        return Optional.empty();
      }
      String relative = request.relativize().apply(file);
      return cached(file, relative).module();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Collects every module (in parallel) until no call site adds a parameter seed, and returns what the last
   * round found. A round collects again only the modules for which a parameter they read now answers
   * differently (the others would find exactly what they found); the last allowed round collects all.
   */
  private Collected collectToFixpoint(Project project, List<SourceModule> modules) {
    int n = modules.size();
    ModuleCollection[] found = new ModuleCollection[n];
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean all = round == 0 || round == MAX_ROUNDS - 1;
      List<Integer> stale = java.util.stream.IntStream.range(0, n).filter(i -> all || found[i].changedIn(project)).boxed().toList();
      ModuleCollection[] previous = found.clone();
      boolean last = round == MAX_ROUNDS - 1;
      DeepStack.map(stale, i -> Project.within(project, () -> found[i] = collect(modules.get(i), project, last ? null : previous[i])));
      if (!project.takeChanged()) {
        break;
      }
    }
    List<ModuleCollection> perModule = java.util.Arrays.asList(found);
    return new Collected(perModule.stream().flatMap(c -> c.operations().stream()).toList(),
        perModule.stream().flatMap(c -> c.edges().stream()).toList());
  }

  /**
   * One module's collection for {@code project}, unit by unit: a kept collection of the unit (this Worker's from an
   * earlier round, or another Worker's) when the project answers every question it asked the same way, its seeds
   * replayed; else a new collection (its own evaluator, so it records every question it asks), kept when nothing it
   * read changed while it ran (other modules seed in parallel). In a later round ({@code previous}: this module's
   * collection in the round before), a unit whose seeds read then are unchanged keeps that collection as it is: its
   * seeds are already in the project, and the other questions it asked do not change while the Worker is collected.
   */
  private static ModuleCollection collect(SourceModule module, Project project, ModuleCollection previous) {
    long since = project.version();
    List<UnitCollection> units = new ArrayList<>();
    List<RawOperation> operations = new ArrayList<>();
    List<CallEdge> edges = new ArrayList<>();
    List<FunctionUnit> all = module.units();
    for (int u = 0; u < all.size(); u++) {
      UnitCollection before = previous == null ? null : previous.units().get(u);
      UnitCollection found = before != null && !project.changedSince(before.reads(), previous.since()) ? before : collect(all.get(u), project);
      units.add(found);
      operations.addAll(found.operations());
      edges.addAll(found.edges());
    }
    return new ModuleCollection(units, since, operations, edges);
  }

  private static UnitCollection collect(FunctionUnit unit, Project project) {
    if (unit.ownNodes().isEmpty()) {
      return EMPTY;
    }
    for (UnitCollection kept : unit.collections()) {
      if (!project.differs(kept.reads())) {
        kept.replay(project);
        return kept;
      }
    }
    OperationCollector c = new OperationCollector(project);
    Project.Reads r = project.readingFor(() -> c.collect(unit));
    UnitCollection collected = new UnitCollection(r, List.copyOf(c.operations()), List.copyOf(c.edges()), List.copyOf(c.seeds()));
    if (!project.differs(r)) {
      unit.keep(collected, MAX_KEPT_COLLECTIONS);
    }
    return collected;
  }

  private static final UnitCollection EMPTY = new UnitCollection(Project.Reads.NONE, List.of(), List.of(), List.of());

  /**
   * One module's operations and call edges in one round, its units' collections (in the module's unit order, with
   * what each read of the Worker), and the project's seed {@link Project#version} before they started.
   */
  private record ModuleCollection(List<UnitCollection> units, long since, List<RawOperation> operations, List<CallEdge> edges) {

    /**
     * True when a seed this collection read has changed in {@code project} since (the module must be collected again).
     * Asked unit by unit: a unit that read no seed answers at once, and one that did looks only at the seeds changed
     * since (no set of the module's parameters is built: that cost every module of every round of every Worker).
     */
    boolean changedIn(Project project) {
      for (UnitCollection u : units) {
        if (project.changedSince(u.reads(), since)) {
          return true;
        }
      }
      return false;
    }
  }

  /** One collection round's operations and call edges. */
  private record Collected(List<RawOperation> operations, List<CallEdge> edges) {}

  /**
   * Parses the import graph from main level by level (each level in parallel); without a main, from every
   * source under src/ (or functions/ for Pages), following their imports out of those folders too (a Pages
   * project's functions/ importing a shared backend/).
   */
  private List<SourceModule> load(Request request, ModuleGraph graph, List<Problem> problems) {
    Optional<Path> main = request.main().filter(Files::isRegularFile);
    if (request.pages() || main.isEmpty()) {
      // no entry to follow (Pages, or main is build output not in the checkout): read the source folders,
      // app/ and server/ included for framework apps (Next.js, React Router; Nuxt/Nitro) whose routes live there
      List<String> dirs = request.pages() ? List.of("functions") : List.of("src", "app", "server");
      // and the files a framework loads by name beside those folders (a root middleware.ts)
      java.util.stream.Stream<Path> rootFiles = request.pages() ? java.util.stream.Stream.empty()
          : conventions.stream().flatMap(c -> c.rootFiles().stream()).flatMap(f -> graph.sourcesAt(request.configDir().resolve(f)).stream());
      List<Path> files = java.util.stream.Stream.concat(dirs.stream().flatMap(d -> graph.allUnder(request.configDir().resolve(d)).stream()), rootFiles)
          .map(Path::normalize).distinct().toList();
      List<SourceModule> read = follow(files, request, graph, problems);
      // a Pages Function can be a framework's shim (Remix's functions/[[path]].ts hands every request to the built
      // app): the app's own folders are read as for a Worker entry
      return request.pages() ? withFrameworkFolders(read, request, graph, problems) : read;
    }
    return withFrameworkFolders(follow(List.of(main.get().normalize()), request, graph, problems), request, graph, problems);
  }

  /**
   * {@code modules} and the framework folders the import graph cannot reach from them: {@code app/} (React Router,
   * Remix) and what conventions name from the modules' imports (TanStack Start's {@code src/routes/}).
   */
  private List<SourceModule> withFrameworkFolders(List<SourceModule> modules, Request request, ModuleGraph graph, List<Problem> problems) {
    Set<Path> seen = new HashSet<>();
    modules.forEach(m -> seen.add(m.path().normalize()));
    // framework apps (React Router, Remix) reach app/ through virtual build modules the graph cannot follow;
    // so do the frameworks a convention recognises by what the modules import (TanStack Start's src/routes/)
    Path app = request.configDir().resolve("app");
    List<Path> extra = graph.allUnder(app).stream().filter(p -> !seen.contains(p.normalize())).toList();
    List<SourceModule> all = new ArrayList<>(modules);
    all.addAll(parseAll(extra, request, problems));
    extra.forEach(p -> seen.add(p.normalize()));
    Set<String> folders = new LinkedHashSet<>();
    modules.forEach(m -> conventions.forEach(c -> folders.addAll(c.frameworkFolders(m))));
    List<Path> routes = folders.stream().flatMap(f -> graph.sourcesAt(request.configDir().resolve(f)).stream())
        .map(Path::normalize).filter(p -> !seen.contains(p)).distinct().toList();
    all.addAll(follow(routes, seen, request, graph, problems));
    return all;
  }

  /** Parses {@code start} and every project module their imports reach, level by level (each level in parallel). */
  private List<SourceModule> follow(List<Path> start, Request request, ModuleGraph graph, List<Problem> problems) {
    return follow(start, new HashSet<>(), request, graph, problems);
  }

  /** Parses {@code start} and every project module their imports reach that is not in {@code seen} (which grows). */
  private List<SourceModule> follow(List<Path> start, Set<Path> seen, Request request, ModuleGraph graph, List<Problem> problems) {
    List<SourceModule> modules = new ArrayList<>();
    List<Path> frontier = start;
    while (!frontier.isEmpty() && seen.size() < MAX_MODULES) {
      seen.addAll(frontier);
      List<SourceModule> level = parseAll(frontier, request, problems);
      modules.addAll(level);
      Set<Path> next = new LinkedHashSet<>();
      for (SourceModule m : level) {
        for (String specifier : m.runtimeImports()) {
          graph.resolve(m.path(), specifier).filter(p -> !seen.contains(p)).ifPresent(next::add);
        }
      }
      frontier = new ArrayList<>(next);
    }
    return modules;
  }

  /** How many source files this analyzer has parsed (tests: once per file per run, however many Workers reach it). */
  int parsedFiles() {
    return cache.loads();
  }

  /**
   * The modules at {@code files}, in parallel: each file parsed and indexed once per run (whichever Workers reach
   * it); the files that could not be read are reported in {@code files}' order. Files another Worker's thread is
   * parsing now are waited for last, after those nobody is parsing.
   */
  private List<SourceModule> parseAll(List<Path> files, Request request, List<Problem> problems) {
    List<ModuleCache.Parsed> parsed = new ArrayList<>(DeepStack.map(files, file -> cachedUnlessLoading(file, request.relativize().apply(file))));
    for (int i = 0; i < parsed.size(); i++) {
      if (parsed.get(i) == null) {
        parsed.set(i, cached(files.get(i), request.relativize().apply(files.get(i))));
      }
    }
    parsed.forEach(p -> p.problem().ifPresent(problems::add));
    return parsed.stream().map(ModuleCache.Parsed::module).flatMap(Optional::stream).toList();
  }

  private ModuleCache.Parsed cached(Path file, String relative) {
    return cache.get(file.toAbsolutePath().normalize(), relative, () -> read(file, relative));
  }

  /** The same, or null while another thread parses the file. */
  private ModuleCache.Parsed cachedUnlessLoading(Path file, String relative) {
    return cache.getUnlessLoading(file.toAbsolutePath().normalize(), relative, () -> read(file, relative));
  }

  private static SourceModule indexed(ParsedSource source) {
    SourceModule module = new SourceModule(source);
    ModuleIndexer.index(module);
    return module;
  }

  /** Reads, parses and indexes one file; a failure of the indexer (not of the file) propagates to the Worker's analysis. */
  private ModuleCache.Parsed read(Path file, String relative) {
    ParsedSource source;
    try {
      if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(file) > MAX_SOURCE_BYTES) {
        return failed(Problem.warning(Location.ofFile(relative), "source file larger than " + MAX_SOURCE_BYTES + " bytes, not analysed"));
      }
      String text = InputFiles.readString(file, MAX_SOURCE_BYTES);
      ISwc4jAst program = parser.parse(file.getFileName().toString(), text);
      source = new ParsedSource(file, relative, text, program);
    } catch (SourceParseException e) {
      return failed(Problem.error(new Location(relative, e.line(), e.column()), e.getMessage().lines().findFirst().orElse("syntax error")));
    } catch (IOException | RuntimeException e) {
      return failed(Problem.warning(Location.ofFile(relative), "source file not read: " + e.getMessage()));
    }
    return new ModuleCache.Parsed(Optional.of(indexed(source)), Optional.empty());
  }

  private static ModuleCache.Parsed failed(Problem problem) {
    return new ModuleCache.Parsed(Optional.empty(), Optional.of(problem));
  }
}
