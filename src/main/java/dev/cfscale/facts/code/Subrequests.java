package dev.cfscale.facts.code;

import dev.cfscale.facts.config.BindingType;
import java.util.Set;

/**
 * Which operations leave the isolate and wait on another service (and so can fail, time out or be
 * retried): a {@code fetch}, a Durable Object or service-binding call, a storage, queue, AI, Vectorize
 * or Workflow call. Creating a Durable Object id or stub, preparing a statement, reading a body
 * already fetched and writing an Analytics Engine data point (fire and forget) do not.
 */
public final class Subrequests {
  private Subrequests() {}

  private static final Set<BindingType> REMOTE = Set.of(BindingType.KV_NAMESPACE, BindingType.R2_BUCKET,
      BindingType.QUEUE_PRODUCER, BindingType.AI, BindingType.VECTORIZE, BindingType.WORKFLOW, BindingType.SERVICE,
      BindingType.HYPERDRIVE, BindingType.BROWSER, BindingType.SEND_EMAIL, BindingType.IMAGES);

  /** True when {@code op} waits on another service. */
  public static boolean waitsOnService(OperationSite op) {
    if (op.bindingType().isEmpty()) {
      return op.operation().equals("fetch");
    }
    BindingType type = op.bindingType().get();
    if (op.operation().startsWith("stub.")) {
      return true;
    }
    if (type == BindingType.D1_DATABASE) {
      return D1Executions.executes(op.operation()) || op.operation().startsWith("orm.");
    }
    return REMOTE.contains(type) && !op.operation().startsWith("body.");
  }

  /** True when {@code op} writes state another request will see (storage writes, deletes, sends, SQL that changes rows). */
  public static boolean writes(OperationSite op) {
    String o = op.operation();
    return switch (op.bindingType().orElse(BindingType.UNSAFE)) {
      case KV_NAMESPACE, R2_BUCKET -> o.equals("put") || o.equals("delete") || o.equals("createMultipartUpload");
      case QUEUE_PRODUCER -> true;
      case VECTORIZE -> o.equals("insert") || o.equals("upsert") || o.equals("deleteByIds");
      case WORKFLOW -> o.startsWith("create");
      case D1_DATABASE -> op.sql().map(Subrequests::changesRows).orElse(o.equals("orm.insert") || o.equals("orm.update")
          || o.equals("orm.delete"));
      default -> false;
    };
  }

  private static boolean changesRows(String sql) {
    String head = sql.stripLeading().toUpperCase(java.util.Locale.ROOT);
    return head.startsWith("INSERT") || head.startsWith("UPDATE") || head.startsWith("DELETE") || head.startsWith("REPLACE")
        || head.startsWith("UPSERT");
  }
}
