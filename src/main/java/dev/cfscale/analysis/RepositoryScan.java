package dev.cfscale.analysis;

import dev.cfscale.discover.InputFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.discover.ProjectLayout;
import dev.cfscale.discover.SkippedFolders;
import dev.cfscale.facts.readiness.FileEvidence;
import dev.cfscale.facts.readiness.RepositorySignals;
import dev.cfscale.findings.Location;
import dev.cfscale.parse.deploy.ShellCommands;
import dev.cfscale.parse.deploy.WorkflowReader;
import dev.cfscale.parse.deploy.WranglerCommand;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Looks at the files around the Workers for what the report's readiness checks need (CI deploys, D1 export and
 * Time Travel commands, copies of R2 buckets, runbooks, Terraform rate-limiting and WAF rules, load tests, dependencies), by file names,
 * wrangler commands and resource types; nothing is executed. Issue 12 moves these signals into the project facts;
 * until then this is the one place that finds them.
 */
public final class RepositoryScan {
  private static final int MAX_DEPTH = 8;
  private static final long MAX_FILE_BYTES = 512 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern RUNBOOK = Pattern.compile("(?i).*(runbook|incident|playbook|on-?call|postmortem|disaster[-_ ]?recovery).*");
  private static final Set<String> DOC_EXTENSIONS = Set.of("md", "mdx", "txt", "rst", "adoc");
  private static final Set<String> LOAD_TEST_FOLDERS = Set.of("k6", "load-test", "load-tests", "loadtest", "loadtests", "artillery",
      "locust");
  private static final Pattern LOAD_TOOL = Pattern.compile("(^|[\\s;&|/])(k6|artillery|autocannon|oha|hey|vegeta|wrk|locust)(\\s|$)");
  private static final Pattern CI_PACKAGE_DEPLOY = Pattern.compile("\\b(npm|pnpm|yarn|bun)\\b.*\\bdeploy\\b");
  /**
   * Commands that copy a bucket's objects somewhere else: R2 itself keeps no copy of an overwritten or deleted object,
   * so a backup of a bucket is one of these run on a schedule (rclone, the AWS CLI or s5cmd against R2's S3 endpoint,
   * or wrangler fetching objects).
   */
  private static final Pattern BUCKET_COPY = Pattern.compile("\\brclone\\s+(sync|copy|copyto|bisync)\\b"
      + "|\\b(aws\\s+s3\\s+(sync|cp)|s5cmd)\\b.*r2\\.cloudflarestorage\\.com|\\bwrangler\\s+r2\\s+object\\s+get\\b");
  /** A note in the documentation about replicating a bucket (R2 has no built-in replication: the note says how it is done). */
  private static final Pattern BUCKET_REPLICATION_NOTE = Pattern.compile("\\bR2\\b.*(?i:\\breplicat)|(?i:\\breplicat\\w*\\b).*\\bR2\\b");
  private static final List<String> CI_FILES = List.of(".gitlab-ci.yml", "bitbucket-pipelines.yml", ".circleci/config.yml",
      "azure-pipelines.yml", ".drone.yml", "cloudbuild.yaml");
  /** Terraform resource types and ruleset phases that rate-limit or filter requests at the edge (Cloudflare provider). */
  private static final List<Map.Entry<String, String>> RATE_LIMIT_TERRAFORM = List.of(
      Map.entry("\"cloudflare_rate_limit\"", "cloudflare_rate_limit resource"), Map.entry("\"http_ratelimit\"", "ruleset in phase http_ratelimit"));
  private static final List<Map.Entry<String, String>> WAF_TERRAFORM = List.of(
      Map.entry("\"http_request_firewall_custom\"", "custom WAF ruleset"), Map.entry("\"http_request_firewall_managed\"", "managed WAF ruleset"),
      Map.entry("\"cloudflare_firewall_rule\"", "cloudflare_firewall_rule resource"), Map.entry("\"cloudflare_waf_", "WAF resource"),
      Map.entry("\"cloudflare_api_shield", "API Shield resource"));

  private final Path root;
  private final List<FileEvidence> ciDeploys = new ArrayList<>();
  private final List<FileEvidence> backups = new ArrayList<>();
  private final List<FileEvidence> bucketCopies = new ArrayList<>();
  private final List<FileEvidence> runbooks = new ArrayList<>();
  private final List<FileEvidence> rateLimits = new ArrayList<>();
  private final List<FileEvidence> waf = new ArrayList<>();
  private final List<FileEvidence> loadTests = new ArrayList<>();
  private final List<FileEvidence> dependencies = new ArrayList<>();

  private RepositoryScan(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The signals found under {@code root}; unreadable files are passed over. */
  public static RepositorySignals scan(Path root) {
    RepositoryScan scan = new RepositoryScan(root);
    scan.workflows();
    scan.walk();
    return new RepositorySignals(sorted(scan.ciDeploys), sorted(scan.backups), sorted(scan.bucketCopies), sorted(scan.runbooks), sorted(scan.rateLimits),
        sorted(scan.waf), sorted(scan.loadTests), sorted(scan.dependencies));
  }

  /** Directory listings come in the file system's order: sorted by place, the evidence reads the same on every machine. */
  private static List<FileEvidence> sorted(List<FileEvidence> found) {
    return found.stream().sorted(java.util.Comparator.comparing(FileEvidence::location).thenComparing(FileEvidence::what)).toList();
  }

  private void workflows() {
    for (WranglerCommand c : WorkflowReader.read(root)) {
      if (c.deploys()) {
        ciDeploys.add(evidence(c.source(), c.line(), "wrangler " + c.action() + c.environment().map(e -> " --env " + e).orElse("")));
      }
      backup(c);
    }
    for (String ci : CI_FILES) {
      List<String> lines = lines(root.resolve(ci));
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).trim().replaceFirst("^-\\s+", "");
        bucketCopy(ci, i + 1, line);
        for (WranglerCommand c : ShellCommands.parse(line, ci, i + 1, "")) {
          if (c.deploys()) {
            ciDeploys.add(evidence(ci, i + 1, "wrangler " + c.action() + c.environment().map(e -> " --env " + e).orElse("")));
          }
          backup(c);
        }
      }
    }
    workflowPackageDeploys();
    workflowBucketCopies();
  }

  /** Workflow steps that copy a bucket (a scheduled rclone sync is the usual R2 backup). */
  private void workflowBucketCopies() {
    Path dir = root.resolve(".github").resolve("workflows");
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        List<String> lines = lines(f);
        for (int i = 0; i < lines.size(); i++) {
          bucketCopy(".github/workflows/" + f.getFileName(), i + 1, lines.get(i));
        }
      }
    } catch (IOException e) {
      // no workflows to read
    }
  }

  private void bucketCopy(String file, int line, String text) {
    if (BUCKET_COPY.matcher(text).find()) {
      // a workflow step's "- run: " is YAML, not part of the command
      bucketCopies.add(evidence(file, line, "copies objects: " + text.trim().replaceFirst("^-\\s*", "").replaceFirst("^run:\\s*", "")));
    }
  }

  /** Workflow steps that run the package's deploy script ({@code npm run deploy}) rather than wrangler itself. */
  private void workflowPackageDeploys() {
    Path dir = root.resolve(".github").resolve("workflows");
    if (!Files.isDirectory(dir) || !ciDeploys.isEmpty()) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        List<String> lines = lines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (CI_PACKAGE_DEPLOY.matcher(lines.get(i)).find()) {
            ciDeploys.add(evidence(".github/workflows/" + f.getFileName(), i + 1, "runs the package's deploy script: " + lines.get(i).trim()));
            break;
          }
        }
      }
    } catch (IOException e) {
      // no workflows to read
    }
  }

  private void backup(WranglerCommand c) {
    if (c.action().equals("d1 export") || c.action().equals("d1 time-travel")) {
      backups.add(evidence(c.source(), c.line(), "wrangler " + c.action()));
    }
  }

  private void walk() {
    try {
      Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && SkippedFolders.skipped(dir.getFileName().toString())) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (!dir.equals(root) && LOAD_TEST_FOLDERS.contains(dir.getFileName().toString().toLowerCase(Locale.ROOT))) {
            loadTests.add(evidence(relative(dir) + "/", 1, "load-test folder"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && attrs.size() <= MAX_FILE_BYTES) {
            file(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // what was found so far stands
    }
  }

  private void file(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
    String path = relative(file);
    if (DOC_EXTENSIONS.contains(extension) && (RUNBOOK.matcher(name).matches() || RUNBOOK.matcher(path).matches() && path.contains("/"))) {
      runbooks.add(evidence(path, 1, "runbook"));
    }
    if (DOC_EXTENSIONS.contains(extension)) {
      documentedBackup(file, path);
    }
    if (extension.equals("tf")) {
      terraform(file, path);
    }
    if (name.equals("package.json")) {
      manifest(file, path);
    }
    if (extension.equals("sh")) {
      List<String> lines = lines(file);
      for (int i = 0; i < lines.size(); i++) {
        ShellCommands.parse(lines.get(i), path, i + 1, "").forEach(this::backup);
        bucketCopy(path, i + 1, lines.get(i));
      }
    }
    if (lower.matches(".*\\.k6\\.(js|ts)|artillery.*\\.ya?ml|locustfile\\.py")) {
      loadTests.add(evidence(path, 1, "load test"));
    }
  }

  /**
   * A runbook or README that tells how to export or restore a D1 database counts as a documented backup procedure;
   * one that copies a bucket or says how a bucket is replicated counts for R2.
   */
  private void documentedBackup(Path file, String path) {
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (BUCKET_COPY.matcher(lines.get(i)).find() || BUCKET_REPLICATION_NOTE.matcher(lines.get(i)).find()) {
        bucketCopies.add(evidence(path, i + 1, "documents copying R2 buckets"));
        break;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.contains("d1 export") || line.contains("d1 time-travel")) {
        backups.add(evidence(path, i + 1, line.contains("d1 export") ? "documents wrangler d1 export" : "documents wrangler d1 time-travel"));
        return;
      }
    }
  }

  private void terraform(Path file, String path) {
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (var e : RATE_LIMIT_TERRAFORM) {
        if (line.contains(e.getKey())) {
          rateLimits.add(evidence(path, i + 1, e.getValue()));
        }
      }
      for (var e : WAF_TERRAFORM) {
        if (line.contains(e.getKey())) {
          waf.add(evidence(path, i + 1, e.getValue()));
        }
      }
    }
  }

  private void manifest(Path file, String path) {
    JsonNode tree;
    try {
      tree = JSON.readTree(InputFiles.readString(file));
    } catch (IOException | RuntimeException e) {
      return;
    }
    for (String section : List.of("dependencies", "devDependencies")) {
      for (Iterator<String> names = tree.path(section).fieldNames(); names.hasNext(); ) {
        dependencies.add(evidence(path, 1, names.next()));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> scripts = tree.path("scripts").fields(); scripts.hasNext(); ) {
      Map.Entry<String, JsonNode> script = scripts.next();
      String text = script.getValue().asText("");
      if (LOAD_TOOL.matcher(text).find()) {
        loadTests.add(evidence(path, 1, "script " + script.getKey() + ": " + text));
      }
      ShellCommands.parse(text, path, 1, "").forEach(this::backup);
      bucketCopy(path, 1, text);
    }
  }

  private String relative(Path file) {
    return ProjectLayout.slashed(root.relativize(file.toAbsolutePath().normalize()));
  }

  private static FileEvidence evidence(String file, int line, String what) {
    return new FileEvidence(new Location(file, line, 1), what);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.isRegularFile(file) && Files.size(file) <= MAX_FILE_BYTES ? InputFiles.readString(file).lines().toList() : List.of();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
