package dev.cfscale.analysis;

import dev.cfscale.facts.config.InheritanceGap;
import dev.cfscale.facts.config.UnknownKey;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.discover.ConfigNames;
import dev.cfscale.findings.Location;
import dev.cfscale.parse.config.ConfigFile;
import dev.cfscale.parse.config.ConfigObject;
import dev.cfscale.parse.config.SchemaIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the typed model of one config file: the top level and every environment it defines (or
 * only the one selected with {@code --env}), each resolved as wrangler resolves it.
 */
public final class WorkerModelBuilder {
  private static final Set<String> DEV_ONLY_NAMES = Set.of("dev", "development", "local", "test", "testing", "e2e");

  /**
   * What the model builder needs to know beyond the file: the environment an environment file stands for
   * ({@code staging} for {@code wrangler.staging.jsonc}, which labels its top level), and whether a deploy script
   * names the entry ({@code wrangler deploy src/index.ts}), which makes a config without {@code main} deployable, and
   * whether the config's {@code main} does not exist while a {@code functions/} folder sits beside it (a Pages project
   * with a stale {@code main}: deployed as Pages, not with wrangler deploy).
   */
  public record Context(Optional<String> fileEnvironment, boolean scriptEntry, boolean staleMainBesidePagesFunctions) {
    public static final Context NONE = new Context(Optional.empty(), false, false);
  }

  /** Builds the model; {@code selectedEnv} empty means the top level plus every named environment. */
  public WorkerConfig build(ConfigFile config, List<SchemaIssue> unknownKeys, Optional<String> selectedEnv)
      throws UnknownEnvironmentException {
    return build(config, unknownKeys, selectedEnv, Context.NONE);
  }

  /** Builds the model of a config whose role discovery or the deploy scripts tell more about. */
  public WorkerConfig build(ConfigFile config, List<SchemaIssue> unknownKeys, Optional<String> selectedEnv, Context context)
      throws UnknownEnvironmentException {
    ConfigObject top = config.root();
    String file = config.relativePath();
    String topName = top.string("name").orElse(defaultName(file));
    List<Optional<String>> envNames = environmentsToAnalyse(top, selectedEnv, file);
    EnvironmentResolver resolver = new EnvironmentResolver(file);
    BindingExtractor extractor = new BindingExtractor(file, new ConfigComments(config.lines(), config.format().lineCommentPrefix()));
    List<WorkerEnvironment> environments = new ArrayList<>();
    for (Optional<String> env : envNames) {
      ConfigObject effective = resolver.effective(top, env);
      List<InheritanceGap> gaps = env.map(e -> resolver.gaps(top, e)).orElse(List.of());
      String workerName = env.isEmpty() ? topName
          : EnvironmentResolver.environmentTable(top, env.get()).flatMap(t -> t.string("name")).orElse(topName + "-" + env.get());
      Optional<String> label = env.isPresent() ? env : context.fileEnvironment();
      WorkerKind kind = context.staleMainBesidePagesFunctions() ? WorkerKind.PAGES : kind(top, effective, file, label, context.scriptEntry());
      environments.add(extractor.environment(effective, workerName, label, kind, gaps));
    }
    return WorkerConfig.of(file, topName, environments, unknownKeys.stream().map(i -> toUnknownKey(file, i)).toList());
  }

  private static List<Optional<String>> environmentsToAnalyse(ConfigObject top, Optional<String> selected, String file)
      throws UnknownEnvironmentException {
    Set<String> defined = top.object("env").map(e -> e.entries().keySet()).orElse(Set.of());
    if (selected.isPresent()) {
      if (!defined.isEmpty() && !defined.contains(selected.get()) && !top.has("pages_build_output_dir")) {
        throw new UnknownEnvironmentException(file, selected.get(), defined);
      }
      return List.of(selected);
    }
    List<Optional<String>> all = new ArrayList<>();
    all.add(Optional.empty());
    defined.forEach(name -> all.add(Optional.of(name)));
    return all;
  }

  private static WorkerKind kind(ConfigObject top, ConfigObject effective, String file, Optional<String> env, boolean scriptEntry) {
    if (top.has("pages_build_output_dir")) {
      return WorkerKind.PAGES;
    }
    if (isDevOnly(file, env)) {
      return WorkerKind.DEV_ONLY;
    }
    if (effective.has("main") || top.has("site") || scriptEntry) {
      return WorkerKind.WORKER;
    }
    return effective.has("assets") ? WorkerKind.ASSETS_ONLY : WorkerKind.OTHER;
  }

  private static boolean isDevOnly(String file, Optional<String> env) {
    if (env.isPresent() && DEV_ONLY_NAMES.contains(env.get().toLowerCase(Locale.ROOT))) {
      return true;
    }
    String name = file.substring(file.lastIndexOf('/') + 1);
    // an end-to-end suite's config deploys the app itself (discovery audits one only when it is its folder's only config)
    return ConfigNames.classify(name).map(n -> n.kind() == ConfigNames.Kind.DEV
        || n.kind() == ConfigNames.Kind.TEST && !n.qualifier().equalsIgnoreCase("e2e")).orElse(false);
  }

  private static String defaultName(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "(unnamed)" : file.substring(0, slash);
  }

  private static UnknownKey toUnknownKey(String file, SchemaIssue issue) {
    Location at = new Location(file, issue.position().line(), issue.position().column());
    UnknownKey.Effect effect = switch (issue.effect()) {
      case INERT -> UnknownKey.Effect.INERT;
      case LOST -> UnknownKey.Effect.LOST;
      case REJECTED -> UnknownKey.Effect.REJECTED;
      case REJECTED_FROM_4 -> UnknownKey.Effect.REJECTED_FROM_WRANGLER_4;
      case UNKNOWN -> issue.kind() == SchemaIssue.Kind.LEGACY_KEY ? UnknownKey.Effect.INERT : UnknownKey.Effect.UNKNOWN;
    };
    return new UnknownKey(issue.path(), issue.key(), at, issue.message(), Optional.ofNullable(issue.suggestion()), effect);
  }
}
