package dev.cfscale.cli;

import dev.cfscale.findings.Baseline;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.Severity;
import dev.cfscale.render.Printable;
import dev.cfscale.render.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cfscale audit}: finds every Worker in a directory and reports scaling findings. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Analyse the Workers in DIR (every wrangler.toml/.json/.jsonc) and report findings. Several DIRs are"
        + " analysed in one run (Workers in parallel), each reported under its own name; JSON, SARIF and HTML stay one document.")
public final class AuditCommand implements Callable<Integer> {

  @ParentCommand
  CfscaleCommand parent;

  @Parameters(arity = "0..*", paramLabel = "DIR", description = "Project directories (default: .)")
  List<Path> directories = new ArrayList<>();

  /** The first (or only) directory: where --config is looked up. */
  Path directory = Path.of(".");

  @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Analyse only this config file (any name).")
  Path config;

  @Option(names = {"-e", "--env"}, paramLabel = "NAME", description = "Analyse only this environment, as wrangler --env does.")
  String env;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
      description = "text, json, sarif or html; several, comma-separated, with --output-dir (default: text).")
  List<OutputFormat> formats = new ArrayList<>(List.of(OutputFormat.text));

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  Path output;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write each --format to DIR/audit.<txt|json|sarif|html> (created when missing), from one run.")
  Path outputDir;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 when a finding at or above SEVERITY remains (critical, high, medium, low).")
  String failOn;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings not recorded in FILE.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record every current finding in FILE and exit 0.")
  Path writeBaseline;

  @Option(names = "--today", hidden = true, paramLabel = "YYYY-MM-DD", description = "Pretend today is this date (reproducible runs and tests).")
  LocalDate today = LocalDate.now();

  @Option(names = {"-u", "--usage"}, paramLabel = "FILE", description = "Usage file: table sizes (d1.table_rows) for the D1 advisor's estimates.")
  Path usageFile;

  @Option(names = "--no-color", description = "Never colour the text output.")
  boolean noColour;

  @Option(names = "--notes", description = "List hygiene notes (old compatibility_date, inert keys) instead of only counting them.")
  boolean notes;

  @Override
  public Integer call() throws IOException {
    Console console = parent.console();
    Optional<Severity> threshold = parseThreshold();
    checkOutputs();
    List<Path> roots = checkedDirectories();
    if (roots.size() > 1) {
      return auditSeveral(roots, console, threshold);
    }
    Path root = roots.get(0);
    Optional<Path> configFile = Optional.ofNullable(config).map(this::checkedConfig);
    Baseline accepted = readBaseline();
    dev.cfscale.facts.usage.Usage usage = usage();
    boolean progress = console.colour() && System.getenv("CI") == null;
    AuditPipeline.Outcome outcome;
    try {
      if (progress) {
        console.err().print("cfscale: analysing " + Printable.line(root.toAbsolutePath().normalize().toString()) + " ...");
        console.err().flush();
      }
      outcome = new AuditPipeline(today).run(root, configFile, Optional.ofNullable(env), accepted, usage, notes);
    } finally {
      if (progress) {
        // the progress line erases itself (carriage return, then ANSI "erase line"), whatever happened
        console.err().print("\r\u001b[2K");
        console.err().flush();
      }
    }
    if (nothingFound(outcome)) {
      // like eslint's "no files matched": auditing nothing is a mistake in the command, not a clean result
      throw new UsageException(root + ": " + NOTHING_FOUND);
    }
    Report report = outcome.report();
    if (writeBaseline != null) {
      Baseline.write(writeBaseline, outcome.allFindings());
      console.err().println("cfscale: wrote " + outcome.allFindings().size() + " finding(s) to " + writeBaseline);
    }
    write(report, console);
    return exitCode(report, threshold);
  }

  private dev.cfscale.facts.usage.Usage usage() {
    if (usageFile == null) {
      return dev.cfscale.facts.usage.Usage.none();
    }
    var loaded = UsageFileLoader.load(usageFile);
    loaded.problems().stream().filter(p -> p.isError()).findFirst()
        .ifPresent(p -> {
          throw new UsageException(p.location() + ": " + p.message());
        });
    return loaded.usage();
  }

  private Optional<Severity> parseThreshold() {
    Optional<Severity> threshold;
    try {
      threshold = Optional.ofNullable(failOn).map(Severity::parse);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fail-on: " + e.getMessage());
    }
    if (threshold.map(Severity::isNote).orElse(false)) {
      throw new UsageException("--fail-on: notes never fail a run (use critical, high, medium, low or info)");
    }
    return threshold;
  }

  private List<Path> checkedDirectories() {
    List<Path> roots = directories.isEmpty() ? List.of(Path.of(".")) : directories.stream().distinct().toList();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        throw new UsageException(root + ": not a directory");
      }
    }
    if (roots.size() > 1 && config != null) {
      throw new UsageException("--config names one config: give one DIR with it");
    }
    directory = roots.get(0);
    return roots;
  }

  /**
   * Audits several roots in one run, in parallel (each root's Workers in parallel too, all sharing the machine's
   * cores): text prints one report per root, JSON, SARIF and HTML one document with every path under its root.
   */
  private int auditSeveral(List<Path> roots, Console console, Optional<Severity> threshold) throws IOException {
    Baseline accepted = readBaseline();
    dev.cfscale.facts.usage.Usage usage = usage();
    AuditPipeline pipeline = new AuditPipeline(today);
    List<RootReports.Rooted> rooted = dev.cfscale.parse.DeepStack.map(roots, root -> {
      AuditPipeline.Outcome outcome = pipeline.run(root, Optional.empty(), Optional.ofNullable(env), Baseline.empty(), usage, notes);
      RootReports.Rooted audited = RootReports.rooted(RootReports.label(root), outcome, accepted);
      // a root with nothing to audit is an error of that root (exit 2), reported with the others' findings
      return nothingFound(outcome) ? RootReports.withProblem(audited, Problem.error(Location.ofFile(audited.label()), NOTHING_FOUND))
          : audited;
    });
    Report report = RootReports.combined(rooted);
    if (writeBaseline != null) {
      List<Finding> all = rooted.stream().flatMap(r -> r.allFindings().stream()).toList();
      Baseline.write(writeBaseline, all);
      console.err().println("cfscale: wrote " + all.size() + " finding(s) to " + writeBaseline);
    }
    List<OutputFormat> distinct = formats.stream().distinct().toList();
    if (outputDir == null && distinct.get(0) == OutputFormat.text) {
      java.io.StringWriter text = new java.io.StringWriter();
      boolean colour = output == null && console.colour() && !noColour;
      for (RootReports.Rooted r : rooted) {
        text.write((r == rooted.get(0) ? "" : System.lineSeparator()) + "== " + Printable.line(r.label()) + " ==" + System.lineSeparator());
        OutputFormat.text.renderer(colour).render(r.report(), text);
      }
      if (output == null) {
        console.out().print(text);
        console.out().flush();
      } else {
        Files.writeString(output, text.toString(), StandardCharsets.UTF_8);
      }
    } else {
      write(report, console);
    }
    return exitCode(report, threshold);
  }

  private static final String NOTHING_FOUND = "no Worker config found (no wrangler.toml, wrangler.json or wrangler.jsonc, no Pages"
      + " functions/ folder, no Worker script, no package.json script deploying one): nothing to audit";

  /** Nothing in the folder to audit: no Worker, no input read, no problem to report. */
  private static boolean nothingFound(AuditPipeline.Outcome outcome) {
    return outcome.facts().workers().isEmpty() && outcome.facts().inputs().isEmpty() && outcome.facts().problems().isEmpty();
  }

  private Path checkedConfig(Path file) {
    Path resolved = file.isAbsolute() || Files.exists(file) ? file : directory.resolve(file);
    if (!Files.exists(resolved)) {
      throw new UsageException(file + ":1:1: config file not found");
    }
    return resolved;
  }

  private Baseline readBaseline() {
    if (baseline == null) {
      return Baseline.empty();
    }
    String text;
    try {
      // the user named this file, so a link they give is followed; then only a regular file within the input cap
      // is read (a baseline linked to /dev/zero or a huge file is refused with a sentence, not read into the heap)
      text = dev.cfscale.discover.InputFiles.readString(baseline.toRealPath());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageException(baseline + ":1:1: file not found");
    } catch (IOException e) {
      throw new UsageException(baseline + ":1:1: baseline not read: " + e.getMessage());
    }
    try {
      return Baseline.parse(text, baseline.toString());
    } catch (Baseline.BaselineException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Several formats need a directory; a directory and a single file are not both given. */
  private void checkOutputs() {
    List<OutputFormat> distinct = formats.stream().distinct().toList();
    if (outputDir != null && output != null) {
      throw new UsageException("--output and --output-dir: give one (--output-dir writes audit.<format> files)");
    }
    if (distinct.size() > 1 && outputDir == null) {
      throw new UsageException("--format " + distinct.stream().map(Enum::name).collect(Collectors.joining(","))
          + ": several formats need --output-dir DIR");
    }
    if (outputDir != null && Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
      throw new UsageException(outputDir + ": not a directory");
    }
  }

  private void write(Report report, Console console) throws IOException {
    List<OutputFormat> distinct = formats.stream().distinct().toList();
    if (outputDir != null) {
      Files.createDirectories(outputDir);
      for (OutputFormat f : distinct) {
        writeFile(f, report, outputDir.resolve(f.fileName()));
      }
      console.err().println("cfscale: wrote " + distinct.stream().map(f -> outputDir.resolve(f.fileName()).toString())
          .collect(Collectors.joining(", ")));
      return;
    }
    OutputFormat format = distinct.get(0);
    if (output == null) {
      boolean colour = console.colour() && !noColour;
      format.renderer(colour).render(report, console.out());
      console.out().flush();
      return;
    }
    writeFile(format, report, output);
  }

  private static void writeFile(OutputFormat format, Report report, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      format.renderer(false).render(report, w);
    }
  }

  private int exitCode(Report report, Optional<Severity> threshold) {
    if (writeBaseline != null) {
      return ExitCode.OK;
    }
    if (report.problems().stream().anyMatch(p -> p.isError())) {
      return ExitCode.INPUT_ERROR;
    }
    boolean failing = threshold.isPresent()
        && report.findings().stream().map(Finding::severity).anyMatch(s -> s.atLeast(threshold.get()));
    return failing ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
