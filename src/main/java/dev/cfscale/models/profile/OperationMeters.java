package dev.cfscale.models.profile;

import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import java.util.List;
import java.util.Optional;

/**
 * The one table from an operation the code analysis records (binding type and operation name) to the
 * meter it drives. A new operation kind needs one row here and nothing else; operations with no row
 * (idFromName, prepare-less statement runs, body reads) use no billed or limited resource of their own.
 * A name ending in {@code *} matches every operation with that prefix.
 */
public final class OperationMeters {
  private record Row(Optional<BindingType> type, List<String> operations, LoadMeter meter) {
    boolean matches(OperationSite op) {
      return op.bindingType().equals(type) && operations.stream().anyMatch(o -> o.endsWith("*")
          ? op.operation().startsWith(o.substring(0, o.length() - 1)) : op.operation().equals(o));
    }
  }

  private static final List<Row> TABLE = List.of(
      // a statement counts once where its SQL is prepared (first/all/run on it would count it twice)
      row(BindingType.D1_DATABASE, LoadMeter.D1_QUERIES, "prepare", "exec", "orm.select", "orm.selectDistinct", "orm.insert",
          "orm.update", "orm.delete", "orm.query", "orm.execute", "orm.run", "orm.all", "orm.get", "orm.values",
          "orm.findFirst", "orm.findMany"),
      row(BindingType.KV_NAMESPACE, LoadMeter.KV_READS, "get", "getWithMetadata"),
      row(BindingType.KV_NAMESPACE, LoadMeter.KV_WRITES, "put"),
      row(BindingType.KV_NAMESPACE, LoadMeter.KV_DELETES, "delete"),
      row(BindingType.KV_NAMESPACE, LoadMeter.KV_LISTS, "list"),
      row(BindingType.R2_BUCKET, LoadMeter.R2_CLASS_A, "put", "list", "createMultipartUpload", "multipart.uploadPart",
          "multipart.complete"),
      row(BindingType.R2_BUCKET, LoadMeter.R2_CLASS_B, "get", "head"),
      row(BindingType.DURABLE_OBJECT, LoadMeter.DO_REQUESTS, "stub.*"),
      row(BindingType.DURABLE_OBJECT, LoadMeter.DO_SQL_QUERIES, "sql.exec"),
      row(BindingType.QUEUE_PRODUCER, LoadMeter.QUEUE_MESSAGES, "send", "sendBatch"),
      row(BindingType.WORKFLOW, LoadMeter.WORKFLOW_CREATES, "create", "createBatch"),
      row(BindingType.AI, LoadMeter.AI_CALLS, "run"),
      row(BindingType.VECTORIZE, LoadMeter.VECTORIZE_QUERIES, "query", "queryById"),
      row(BindingType.VECTORIZE, LoadMeter.VECTORIZE_WRITES, "insert", "upsert"),
      row(BindingType.ANALYTICS_ENGINE, LoadMeter.ANALYTICS_DATA_POINTS, "writeDataPoint"),
      row(BindingType.SERVICE, LoadMeter.SERVICE_CALLS, "fetch", "rpc.*"),
      row(null, LoadMeter.SUBREQUESTS, "fetch"),
      row(null, LoadMeter.CACHE_API_CALLS, "cache.*"));

  private OperationMeters() {}

  private static Row row(BindingType type, LoadMeter meter, String... operations) {
    return new Row(Optional.ofNullable(type), List.of(operations), meter);
  }

  /** The meter an operation drives, or empty when it uses no metered resource itself. */
  public static Optional<LoadMeter> of(OperationSite op) {
    return TABLE.stream().filter(r -> r.matches(op)).map(Row::meter).findFirst();
  }

  /** True for the operations that batch several items in one call (sendBatch, createBatch, bulk writes). */
  public static boolean isBatch(OperationSite op) {
    return op.operation().endsWith("Batch");
  }
}
