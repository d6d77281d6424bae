package dev.cfscale.models.cost;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Which billed products a project uses, from its bindings (as usage-file product names). */
public final class BoundProducts {
  private static final Map<BindingType, String> BY_BINDING = Map.of(
      BindingType.KV_NAMESPACE, "kv", BindingType.D1_DATABASE, "d1", BindingType.R2_BUCKET, "r2",
      BindingType.QUEUE_PRODUCER, "queues", BindingType.DURABLE_OBJECT, "durable_objects",
      BindingType.VECTORIZE, "vectorize", BindingType.AI, "workers_ai", BindingType.ANALYTICS_ENGINE, "analytics_engine",
      BindingType.HYPERDRIVE, "hyperdrive", BindingType.WORKFLOW, "workflows");

  private BoundProducts() {}

  public static Set<String> of(ProjectFacts facts) {
    Set<String> products = new LinkedHashSet<>();
    facts.environments().forEach(env -> add(env, products));
    return products;
  }

  private static void add(WorkerEnvironment env, Set<String> products) {
    if (env.kind() == WorkerKind.WORKER || env.kind() == WorkerKind.PAGES || env.kind() == WorkerKind.DASHBOARD) {
      products.add("workers");
    }
    if (env.observability().map(o -> o.collectsAnything()).orElse(false)) {
      products.add("workers_logs");
    }
    if (!env.queueConsumers().isEmpty()) {
      products.add("queues");
    }
    env.bindings().forEach(b -> {
      String product = BY_BINDING.get(b.type());
      if (product != null) {
        products.add(product);
      }
    });
  }
}
