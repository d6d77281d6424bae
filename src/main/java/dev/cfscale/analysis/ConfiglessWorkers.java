package dev.cfscale.analysis;

import dev.cfscale.discover.ConfiglessWorker;
import dev.cfscale.discover.ProjectLayout;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.ConfigOrigin;
import dev.cfscale.facts.config.DeploySetup;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Location;
import dev.cfscale.parse.deploy.NuxtHubOptions;
import dev.cfscale.parse.deploy.WranglerCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Models a Worker that has no wrangler config: a Pages project (bindings set in the dashboard), a dashboard
 * script, a NuxtHub app, or a SvelteKit or Astro app its Cloudflare adapter builds for Pages. It has one environment with no settings; its bindings are those the project's scripts
 * name on the command line ({@code wrangler pages dev --kv NAME --d1 NAME=id}), those NuxtHub binds from its
 * {@code hub} options ({@code database: true} is D1 as {@code DB}), and otherwise unknown.
 */
final class ConfiglessWorkers {
  private static final Map<String, BindingType> FLAG_TYPES = Map.of("kv", BindingType.KV_NAMESPACE, "d1", BindingType.D1_DATABASE,
      "r2", BindingType.R2_BUCKET, "do", BindingType.DURABLE_OBJECT, "service", BindingType.SERVICE, "ai", BindingType.AI);

  /** NuxtHub's option -> the binding it creates (https://hub.nuxt.com/docs/features). */
  private static final Map<String, Binding> NUXT_HUB_BINDINGS = Map.of(
      "database", new Binding(BindingType.D1_DATABASE, "DB", Location.ofFile(""), Map.of()),
      "kv", new Binding(BindingType.KV_NAMESPACE, "KV", Location.ofFile(""), Map.of()),
      "cache", new Binding(BindingType.KV_NAMESPACE, "CACHE", Location.ofFile(""), Map.of()),
      "blob", new Binding(BindingType.R2_BUCKET, "BLOB", Location.ofFile(""), Map.of()));

  private ConfiglessWorkers() {}

  static WorkerConfig model(ConfiglessWorker found, ProjectLayout layout, DeploySetups setups) {
    boolean nuxtHub = found.kind() == ConfiglessWorker.Kind.NUXT_HUB;
    boolean framework = found.kind() == ConfiglessWorker.Kind.FRAMEWORK_APP;
    boolean pages = found.kind() == ConfiglessWorker.Kind.PAGES_FUNCTIONS || nuxtHub || framework;
    String file = layout.relative(found.entry());
    String name = found.dir().toAbsolutePath().normalize().getFileName().toString();
    Location at = new Location(file, 1, 1);
    List<Binding> bindings = new ArrayList<>();
    for (WranglerCommand.CommandBinding b : setups.commandLineBindings(found.dir())) {
      BindingType type = FLAG_TYPES.get(b.kind());
      if (type != null && !b.name().isEmpty() && bindings.stream().noneMatch(x -> x.name().equals(b.name()))) {
        bindings.add(new Binding(type, b.name(), at, Map.of()));
      }
    }
    if (nuxtHub) {
      NuxtHubOptions.read(found.entry()).features().stream().sorted().map(NUXT_HUB_BINDINGS::get)
          .filter(b -> bindings.stream().noneMatch(x -> x.name().equals(b.name())))
          .forEach(b -> bindings.add(new Binding(b.type(), b.name(), at, Map.of())));
    }
    WorkerEnvironment env = new WorkerEnvironment(file, name, Optional.empty(), pages ? WorkerKind.PAGES : WorkerKind.DASHBOARD, at,
        Optional.empty(), Optional.empty(), bindings, List.of(), List.of(), List.of(), List.of(), Set.of(), Optional.empty(), false,
        Optional.empty(), Optional.empty(), false, false, List.of(), List.of(), Optional.empty());
    String described = nuxtHub ? "NuxtHub app without wrangler config (bindings from its hub options)"
        : framework ? "framework app on Pages without config (its Cloudflare adapter builds it)"
        : pages ? "Pages project without config"
        : found.kind() == ConfiglessWorker.Kind.DEPLOYED_SCRIPT ? "Worker its package.json deploys, config not in the repository"
        : "dashboard script without config";
    return WorkerConfig.of(file, name, List.of(env), List.of())
        .withContext(new ConfigOrigin(ConfigOrigin.Role.NONE, described), DeploySetup.NONE);
  }

  /** The same Worker with the bindings code analysis inferred from usage added to its one environment. */
  static WorkerConfig withBindings(WorkerConfig worker, Map<String, BindingType> types) {
    WorkerEnvironment env = worker.environments().get(0);
    List<Binding> bindings = new ArrayList<>(env.bindings());
    types.forEach((name, type) -> {
      if (bindings.stream().noneMatch(b -> b.name().equals(name))) {
        bindings.add(new Binding(type, name, env.location(), Map.of()));
      }
    });
    WorkerEnvironment with = new WorkerEnvironment(env.file(), env.workerName(), env.environment(), env.kind(), env.location(), env.main(),
        env.compatibilityDate(), bindings, env.requiredSecrets(), env.vars(), env.queueConsumers(), env.migrations(),
        env.exportedDurableObjectClasses(), env.observability(), env.otherTelemetry(), env.cpuLimit(), env.site(), env.hasAssets(),
        env.hasPlacement(), env.inheritanceGaps(), env.routes(), env.nameLocation());
    return new WorkerConfig(worker.file(), worker.topLevelName(), List.of(with), worker.unknownKeys(), worker.origin(), worker.deploy(),
        worker.reading(), worker.code(), worker.d1(), worker.durableObjectSql());
  }

  /** For the report: which bindings are known, and how (named by scripts, inferred from the code's calls). */
  static String describeBindings(WorkerConfig before, WorkerConfig after) {
    Map<String, BindingType> named = before.bindingTypes();
    List<String> inferred = after.bindingTypes().entrySet().stream().filter(e -> !named.containsKey(e.getKey()))
        .map(e -> e.getKey() + " (" + e.getValue().displayName() + ")").toList();
    String out = named.isEmpty() ? "" : "; " + String.join(", ", named.keySet()) + " named by the project's scripts";
    out += inferred.isEmpty() ? "" : "; inferred from the code's calls: " + String.join(", ", inferred);
    return named.isEmpty() && inferred.isEmpty() ? ", unknown here" : out;
  }

  /** Where the Worker's bindings come from, in words for the list of inputs ({@code before} and {@code after} code analysis). */
  static String bindingsSource(ConfiglessWorker found, WorkerConfig before, WorkerConfig after) {
    if (found.kind() == ConfiglessWorker.Kind.NUXT_HUB) {
      String names = String.join(", ", new java.util.TreeSet<>(before.bindingTypes().keySet()));
      return names.isEmpty() ? "NuxtHub binds nothing the hub options enable" : "NuxtHub binds " + names + " from the hub options";
    }
    String where = found.kind() == ConfiglessWorker.Kind.DEPLOYED_SCRIPT ? "bindings are in a config the repository does not hold"
        : "bindings are set in the dashboard";
    return where + describeBindings(before, after);
  }

  /** A Pages project reads functions/; a NuxtHub app its server/ code; a script (pasted or deployed by scripts) is its own entry. */
  static CodeScope scope(WorkerConfig worker, Path dir, Path root) {
    WorkerEnvironment env = worker.environments().get(0);
    if (Path.of(worker.file()).getFileName().toString().startsWith("nuxt.config")) {
      return new CodeScope(Optional.empty(), false, true, "Nuxt server code under server/ (NuxtHub)");
    }
    String config = Path.of(worker.file()).getFileName().toString();
    if (config.startsWith("svelte.config") || config.startsWith("astro.config")) {
      return new CodeScope(Optional.empty(), false, true, "the app's server code under src/ (Cloudflare adapter)");
    }
    if (env.kind() == WorkerKind.PAGES) {
      return new CodeScope(Optional.empty(), true, true, "Pages Functions under functions/");
    }
    return new CodeScope(Optional.of(root.toAbsolutePath().normalize().resolve(worker.file()).normalize()), false, true, "script " + worker.file());
  }
}
