package dev.cfscale.rules.config;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.ConfigOrigin;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.Rule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Two deploys that land on one Worker: an environment whose {@code name} is the top level's (a {@code wrangler
 * deploy} without {@code --env} then replaces that environment's Worker with the top-level configuration), or two
 * configs of the repository in different folders that name the same Worker (deploying one replaces the other's code,
 * bindings and routes). Example, environment-file, variant and dev-only configs are left out: they describe the
 * same Worker on purpose.
 */
@RuleInfo(id = "config/duplicate-worker-name", severity = Severity.MEDIUM,
    summary = "Two configs or environments deploy to the same Worker name: one deploy replaces the other")
public final class DuplicateWorkerName implements Rule {
  private static final Set<ConfigOrigin.Role> OWN_WORKER = Set.of(ConfigOrigin.Role.CONFIG);
  private static final Set<WorkerKind> DEPLOYED = Set.of(WorkerKind.WORKER, WorkerKind.ASSETS_ONLY);

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext context) {
    List<WorkerConfig> configs = facts.workers().stream().filter(w -> OWN_WORKER.contains(w.origin().role())).toList();
    return Stream.concat(configs.stream().flatMap(this::environmentsNamedLikeTopLevel), sharedNames(configs));
  }

  private Stream<Finding> environmentsNamedLikeTopLevel(WorkerConfig worker) {
    return worker.environments().stream().filter(e -> e.environment().isPresent() && e.workerName().equals(worker.topLevelName()))
        .filter(e -> DEPLOYED.contains(e.kind()))
        .map(e -> FindingBuilder.of(this, e).at(e.nameLocation().orElse(e.location()))
            .message("env." + e.environment().get() + " sets name = \"" + e.workerName() + "\", the top-level Worker's name: a `wrangler"
                + " deploy` without --env " + e.environment().get() + " replaces the " + e.environment().get() + " Worker with the"
                + " top-level configuration (its code, bindings, vars and routes)")
            .evidence("name", e.workerName())
            .evidence("environment", e.environment().get())
            .fix("Give the top level its own name (for example \"" + e.workerName() + "-dev\") or drop the environment's name so wrangler"
                + " names it \"" + e.workerName() + "-" + e.environment().get() + "\"; deploy production only with --env "
                + e.environment().get() + ".")
            .subject("env:" + e.environment().get())
            .build());
  }

  /** Configs in different folders whose top-level Workers share a name: every one after the first (by path) is reported. */
  private Stream<Finding> sharedNames(List<WorkerConfig> configs) {
    Map<String, List<WorkerConfig>> byName = configs.stream().filter(DuplicateWorkerName::deployed)
        .filter(w -> !placeholder(w.topLevelName()))
        .sorted(Comparator.comparing(WorkerConfig::file))
        .collect(Collectors.groupingBy(WorkerConfig::topLevelName, LinkedHashMap::new, Collectors.toList()));
    return byName.values().stream().filter(DuplicateWorkerName::inSeveralFolders)
        .flatMap(same -> same.stream().skip(1).map(w -> sharedName(w, same.get(0))));
  }

  private Finding sharedName(WorkerConfig worker, WorkerConfig first) {
    WorkerEnvironment top = topLevel(worker).orElseThrow();
    return FindingBuilder.of(this, top).at(top.nameLocation().orElse(top.location()))
        .message("name = \"" + worker.topLevelName() + "\" is also the Worker name of " + first.file() + ": both configs deploy to one"
            + " Worker, so deploying either replaces the other's code, bindings and routes")
        .evidence("name", worker.topLevelName())
        .evidence("also named by", first.file())
        .fix("Give each Worker its own name in its config (the name is the Worker's identity on the account).")
        .subject("name:" + worker.topLevelName())
        .build();
  }

  private static boolean deployed(WorkerConfig worker) {
    return topLevel(worker).filter(e -> DEPLOYED.contains(e.kind())).isPresent();
  }

  private static Optional<WorkerEnvironment> topLevel(WorkerConfig worker) {
    return worker.environments().stream().filter(e -> e.environment().isEmpty()).findFirst();
  }

  private static boolean inSeveralFolders(List<WorkerConfig> same) {
    return same.stream().map(w -> Optional.ofNullable(Path.of(w.file()).getParent()).map(Path::toString).orElse("")).distinct().count() > 1;
  }

  /** A template's stand-in ({@code <WORKER_NAME>}, {@code ${NAME}}) names no Worker yet. */
  private static boolean placeholder(String name) {
    return name.isBlank() || name.chars().anyMatch(c -> "<>${}".indexOf(c) >= 0);
  }
}
