package dev.cfscale.models.guide;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.capacity.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Section 9: for each kind of binding the project uses, the GraphQL Analytics datasets and fields that show its
 * risk and when to act (the thresholds are facts keys, resolved from the facts file). Dataset and field names
 * follow Cloudflare's GraphQL Analytics schema as recorded in shared/reference/metrics-formats.md and
 * next-capabilities.md section 2.2 (developers.cloudflare.com/analytics/graphql-api/).
 */
final class MetricsToWatch {
  /** One row of the table: the binding kind it applies to (null: every Worker), dataset, fields, what it shows, when to act. */
  private record Row(BindingType type, String dataset, String fields, String shows, String actWhen) {}

  private static final List<Row> ROWS = List.of(
      new Row(null, "workersInvocationsAdaptive", "sum { requests errors subrequests } quantiles { cpuTimeP99 } dimensions { scriptName status }",
          "errors, CPU per request and invocations stopped for exceeding a limit (status exceededResources)",
          "cpuTimeP99 approaches limits.cpu_ms (default ${workers.limits.cpuMsPerInvocationPaidDefault} ms), or any exceededResources"),
      new Row(BindingType.D1_DATABASE, "d1AnalyticsAdaptiveGroups", "sum { readQueries writeQueries rowsRead rowsWritten } "
          + "quantiles { queryBatchTimeMsP90 } dimensions { databaseId date }",
          "query time a second against the one-query-at-a-time database; rows read and written (both billed)",
          "queries a second x P90 ms nears ${d1.limits.queryMsPerSecondPerDatabase} ms"),
      new Row(BindingType.D1_DATABASE, "d1StorageAdaptiveGroups", "max { databaseSizeBytes } dimensions { databaseId date }",
          "database size", "size passes half of ${d1.limits.maxDatabaseSizeGbPaid} GB"),
      new Row(BindingType.D1_DATABASE, "d1QueriesAdaptiveGroups", "sum { queryDurationMs rowsRead } dimensions { query } orderBy [sum_rowsRead_DESC]",
          "rows read per statement: confirms the scans the audit found with real table sizes", "one statement reads most of the rows"),
      new Row(BindingType.KV_NAMESPACE, "kvOperationsAdaptiveGroups", "sum { requests } dimensions { namespaceId actionType date }",
          "reads, writes, deletes and lists per namespace (per-key write rates are not recorded: the audit's KV findings are that check)",
          "on Free, writes a day near ${kv.included.free.writesPerDay}"),
      new Row(BindingType.R2_BUCKET, "r2OperationsAdaptiveGroups", "sum { requests } dimensions { bucketName actionType objectName }",
          "Class A and B operations; PutObject per objectName shows hot keys",
          "one objectName is written more than ${r2.limits.concurrentWritesSameKeyPerSecond} time a second"),
      new Row(BindingType.DURABLE_OBJECT, "durableObjectsInvocationsAdaptiveGroups",
          "sum { requests errors } dimensions { namespaceId objectId datetimeMinute } orderBy [sum_requests_DESC]",
          "requests per object per minute: a hot object shows first",
          "one objectId nears ${durableObjects.limits.softRequestsPerSecondPerObject} requests a second"),
      new Row(BindingType.QUEUE_PRODUCER, "queueBacklogAdaptiveGroups, queueConsumerMetricsAdaptiveGroups",
          "avg { messages bytes } / avg { concurrency } dimensions { queueId datetimeHour }",
          "backlog and consumer concurrency: consumer lag", "the backlog grows hour after hour, or concurrency sits at max_concurrency"),
      new Row(BindingType.QUEUE_PRODUCER, "queueMessageOperationsAdaptiveGroups", "count avg { lagTime retryCount } dimensions { queueId actionType outcome }",
          "retries and messages sent to the dead letter queue", "retryCount rises, or outcome dlq appears"),
      new Row(BindingType.AI, "aiInferenceAdaptiveGroups", "count sum { totalNeurons totalInputTokens totalOutputTokens } dimensions { modelId date }",
          "requests, neurons and tokens per model", "requests a minute per model near its task's limit"),
      new Row(BindingType.VECTORIZE, "vectorizeV2QueriesAdaptiveGroups", "sum { queriedVectorDimensions } dimensions { date }",
          "queried dimensions (the billing unit)", "the monthly sum grows faster than traffic"));

  private final GuideInputs in;
  private final FactText text;

  MetricsToWatch(GuideInputs in, FactText text) {
    this.in = in;
    this.text = text;
  }

  List<MetricWatch> metrics() {
    List<MetricWatch> out = new ArrayList<>();
    for (Row r : ROWS) {
      List<String> resources = resources(r.type());
      if (r.type() != null && resources.isEmpty()) {
        continue;
      }
      String act = text.resolve(r.actWhen()) + planFigure(r).map(p -> " (" + p + ")").orElse("");
      out.add(new MetricWatch(r.type() == null ? "Workers" : r.type().displayName(), String.join(", ", resources), r.dataset(), r.fields(),
          r.shows(), act));
    }
    return out;
  }

  /** The resources of a binding kind across every environment ({@code ai-platform}, {@code agency-ai-jobs}), or the Workers. */
  private List<String> resources(BindingType type) {
    if (type == null) {
      return in.project().workers().stream().filter(w -> !w.environments().isEmpty()).map(WorkerConfig::topLevelName).distinct().toList();
    }
    List<String> out = new ArrayList<>();
    in.project().environments().forEach(e -> e.bindings(type).forEach(b -> out.add(resource(b))));
    if (type == BindingType.QUEUE_PRODUCER) {
      in.project().environments().forEach(e -> e.queueConsumers().forEach(c -> out.add(c.queue())));
    }
    return out.stream().distinct().toList();
  }

  private static String resource(Binding b) {
    return b.type() == BindingType.AI ? b.name() : SetupSection.resource(b);
  }

  /** Where the plan puts the break this metric watches, when it has one ("the plan: breaks at 230 req/s"). */
  private Optional<String> planFigure(Row r) {
    String prefix = r.type() == null ? "workers.limits.cpu" : r.type() == BindingType.D1_DATABASE && r.dataset().startsWith("d1Analytics")
        ? "d1.limits.queryMs" : r.type() == BindingType.DURABLE_OBJECT ? "durableObjects.limits.softRequests"
        : r.type() == BindingType.AI ? "workersAi.limits" : r.type() == BindingType.QUEUE_PRODUCER && r.dataset().startsWith("queueBacklog")
        ? "queues.limits.concurrentConsumer" : "";
    if (prefix.isEmpty()) {
      return Optional.empty();
    }
    List<CapacityLimit> limits = in.plan().capacity().limits().stream().filter(l -> l.factKey().startsWith(prefix))
        .filter(l -> l.breaksAtPeakRps().isPresent()).toList();
    return limits.isEmpty() ? Optional.empty() : Optional.of("the plan: " + limits.stream().map(l -> l.resource() + " breaks at "
        + Numbers.rate(l.breaksAtPeakRps().get()) + " req/s").collect(Collectors.joining("; ")));
  }
}
