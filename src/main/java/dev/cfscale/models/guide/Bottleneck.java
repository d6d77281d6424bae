package dev.cfscale.models.guide;

import dev.cfscale.facts.config.BindingType;
import java.util.List;

/**
 * The ten bottlenecks of the seed's scaling decision matrix, each with the seed's symptom and solution as the
 * seed wrote them, the documented figure from the facts file (and the correction where the seed's figure is
 * wrong), the bindings without which it cannot happen, the rules whose findings detect it, and the facts keys
 * (prefixes) of the capacity limits that put it at risk. An empty binding list means every Worker.
 */
public enum Bottleneck {
  D1_READ_LATENCY("D1 read latency", ">50ms queries", "Add KV cache layer",
      "A D1 database runs one query at a time: ${d1.limits.queryMsPerSecondPerDatabase} ms of query time per second in all; "
          + "${d1.limits.queriesPerInvocationPaid} queries per invocation on Paid, ${d1.limits.queriesPerInvocationFree} on Free",
      "", List.of(BindingType.D1_DATABASE),
      List.of("d1/full-table-scan", "d1/temp-btree-sort", "d1/leading-wildcard-like", "d1/unbounded-count", "d1/unbounded-result",
          "d1/select-star-without-limit", "d1/query-in-loop", "workers/sequential-d1-without-placement"),
      List.of("d1.limits.queryMsPerSecondPerDatabase", "d1.limits.queriesPerInvocation", "d1.included.free.rowsReadPerDay")),
  D1_WRITE_THROUGHPUT("D1 write throughput", "Queue backlog", "Batch writes, add queue buffer",
      "Writes share the one-query-at-a-time database with reads; each row written costs ${d1.pricing.usdPerMillionRowsWritten} "
          + "per million (plus one per index); the Free plan allows ${d1.included.free.rowsWrittenPerDay} rows written a day",
      "", List.of(BindingType.D1_DATABASE),
      List.of("d1/query-in-loop"), List.of("d1.included.free.rowsWrittenPerDay")),
  D1_STORAGE("D1 storage", "Approaching 10GB", "Archive to R2, partition tables",
      "${d1.limits.maxDatabaseSizeGbPaid} GB per database on Paid (not raisable), ${d1.limits.maxDatabaseSizeMbFree} MB on Free",
      "", List.of(BindingType.D1_DATABASE),
      List.of("storage/unbounded-growth", "d1/unbounded-growth"), List.of()),
  KV_READ_LATENCY("KV read latency", "Cache misses", "Key prefixing, predictable keys",
      "A read is served from the location's cache for cacheTtl (default ${kv.limits.cacheTtlDefaultSeconds} s, at least "
          + "${kv.limits.cacheTtlMinSeconds} s), else from central storage; ${kv.limits.operationsPerWorkerInvocation} operations per invocation",
      "", List.of(BindingType.KV_NAMESPACE),
      List.of("kv/get-in-loop", "kv/list-on-request-path"),
      List.of("kv.limits.operationsPerWorkerInvocation", "kv.included.free.readsPerDay", "kv.included.free.listsPerDay")),
  KV_WRITE_RATE("KV write rate", "1 write/sec/key limit", "Shard keys, batch writes",
      "${kv.limits.writesPerSecondSameKey} write per second to one key (429 above); the Free plan allows ${kv.included.free.writesPerDay} writes a day",
      "", List.of(BindingType.KV_NAMESPACE),
      List.of("kv/constant-key-write", "kv/cache-put-without-ttl"),
      List.of("kv.limits.writesPerSecondSameKey", "kv.included.free.writesPerDay", "kv.included.free.deletesPerDay")),
  R2_THROUGHPUT("R2 throughput", "Slow uploads", "Presigned URLs, multipart",
      "${r2.limits.concurrentWritesSameKeyPerSecond} write per second to one key; one PUT up to ${r2.limits.singleUploadMaxGib} GiB, "
          + "multipart parts of ${r2.limits.multipartPartMinMib} MiB to ${r2.limits.multipartPartMaxGib} GiB",
      "", List.of(BindingType.R2_BUCKET),
      List.of("r2/constant-key-write", "r2/list-on-request-path", "r2/buffered-body"), List.of("r2.limits.concurrentWritesSameKeyPerSecond")),
  WORKER_MEMORY("Worker memory", "128MB limit", "Streaming, chunked processing",
      "${workers.limits.memoryMbPerIsolate} MB of memory per isolate",
      "", List.of(),
      List.of("r2/buffered-body", "workers/buffered-body", "kv/large-values"), List.of()),
  WORKER_CPU("Worker CPU", "30s timeout", "Queues, Workflows, DO",
      "CPU time, not wall time: ${workers.limits.cpuMsPerInvocationPaidDefault} ms of CPU per invocation by default on Paid, "
          + "up to ${workers.limits.cpuMsPerInvocationPaidMax} ms with limits.cpu_ms, ${workers.limits.cpuMsPerInvocationFree} ms on Free; "
          + "time spent waiting on fetch, KV or D1 does not count",
      "The seed's “30s timeout” is wrong: the default is ${workers.limits.cpuMsPerInvocationPaidDefault} ms of CPU time, "
          + "not a wall-clock timeout, and Paid raises it to ${workers.limits.cpuMsPerInvocationPaidMax} ms", List.of(),
      List.of("workers/unbounded-loop", "workers/cpu-limit-out-of-range", "workers/no-cpu-limit"),
      List.of("workers.limits.cpuMsPerInvocation")),
  SUBREQUESTS("Subrequests", "1000/request limit", "Service Bindings RPC",
      "${workers.limits.subrequestsPerInvocationPaidDefault} subrequests per invocation on Paid by default (raise with "
          + "limits.subrequests up to ${workers.limits.subrequestsPerInvocationPaidMax}), ${workers.limits.subrequestsPerInvocationFree} on Free; "
          + "${workers.limits.simultaneousOpenConnectionsPerInvocation} connections open at once",
      "The seed's “1000/request limit” is out of date: ${workers.limits.subrequestsPerInvocationPaidBefore20260211} was the "
          + "Paid limit before 2026-02-11; it is ${workers.limits.subrequestsPerInvocationPaidDefault} now, and ${workers.limits.subrequestsPerInvocationFree} on Free", List.of(),
      List.of("workers/subrequests-in-loop", "workers/self-fetch", "workers/public-hostname-instead-of-service-binding"),
      List.of("workers.limits.subrequests", "workers.limits.simultaneousOpenConnectionsPerInvocation", "cache.limits.cacheApiCalls")),
  QUEUE_THROUGHPUT("Queue throughput", "Consumer lag", "Increase concurrency, batch size",
      "${queues.limits.messagesPerSecondPerQueue} messages per second per queue; up to "
          + "${queues.limits.concurrentConsumerInvocationsPushMax} concurrent consumer invocations, batches of at most ${queues.limits.maxConsumerBatchSize}",
      "",
      List.of(BindingType.QUEUE_PRODUCER),
      List.of("queues/low-max-concurrency", "queues/send-in-loop", "queues/consumer-throws-whole-batch", "queues/setting-out-of-range"),
      List.of("queues.limits.messagesPerSecondPerQueue", "queues.limits.concurrentConsumerInvocationsPushMax",
          "queues.included.free.operationsPerDay"));

  private final String title;
  private final String seedSymptom;
  private final String seedSolution;
  private final String documented;
  private final String seedCorrection;
  private final List<BindingType> bindings;
  private final List<String> rules;
  private final List<String> limitKeys;

  Bottleneck(String title, String seedSymptom, String seedSolution, String documented, String seedCorrection, List<BindingType> bindings,
      List<String> rules, List<String> limitKeys) {
    this.title = title;
    this.seedSymptom = seedSymptom;
    this.seedSolution = seedSolution;
    this.documented = documented;
    this.seedCorrection = seedCorrection;
    this.bindings = bindings;
    this.rules = rules;
    this.limitKeys = limitKeys;
  }

  public String title() {
    return title;
  }

  /** The symptom as the seed's matrix words it. */
  public String seedSymptom() {
    return seedSymptom;
  }

  /** The solution as the seed's matrix words it; the report makes it concrete. */
  public String seedSolution() {
    return seedSolution;
  }

  /** The documented figure, with {@code ${facts.key}} placeholders. */
  public String documented() {
    return documented;
  }

  /** Where the seed's own figure is wrong, what the documentation says instead (placeholders); empty when it is right. */
  public String seedCorrection() {
    return seedCorrection;
  }

  /** Binding kinds without which the bottleneck cannot occur (empty: any Worker). */
  public List<BindingType> bindings() {
    return bindings;
  }

  /** Rule ids whose findings show the bottleneck. */
  public List<String> rules() {
    return rules;
  }

  /** True when a capacity limit read from facts key {@code factKey} bounds this bottleneck. */
  public boolean boundBy(String factKey) {
    return limitKeys.stream().anyMatch(factKey::startsWith);
  }
}
