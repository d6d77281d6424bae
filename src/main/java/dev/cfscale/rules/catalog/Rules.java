package dev.cfscale.rules.catalog;

import dev.cfscale.rules.Rule;
import dev.cfscale.rules.abuse.UnauthenticatedExpensiveRoute;
import dev.cfscale.rules.ai.ExpensiveModelUncached;
import dev.cfscale.rules.config.DuplicateBindingName;
import dev.cfscale.rules.config.DuplicateWorkerName;
import dev.cfscale.rules.d1.D1FullTableScan;
import dev.cfscale.rules.d1.D1LeadingWildcardLike;
import dev.cfscale.rules.d1.D1QueryInLoop;
import dev.cfscale.rules.d1.D1QueryInvalid;
import dev.cfscale.rules.d1.D1TempBTreeSort;
import dev.cfscale.rules.d1.D1UnboundedCount;
import dev.cfscale.rules.d1.D1UnboundedResult;
import dev.cfscale.rules.d1.D1SelectStarWithoutLimit;
import dev.cfscale.rules.durableobjects.DurableObjectSetInterval;
import dev.cfscale.rules.durableobjects.DurableObjectStorageWithoutCleanup;
import dev.cfscale.rules.durableobjects.DurableObjectUnboundedValue;
import dev.cfscale.rules.durableobjects.DurableObjectWebSocketWithoutHibernation;
import dev.cfscale.rules.durableobjects.DurableObjectSingletonOnHotPath;
import dev.cfscale.rules.kv.KvCachePutWithoutTtl;
import dev.cfscale.rules.kv.KvConstantKeyWrite;
import dev.cfscale.rules.kv.KvReadModifyWrite;
import dev.cfscale.rules.kv.KvGetInLoop;
import dev.cfscale.rules.kv.KvLargeValues;
import dev.cfscale.rules.kv.KvListOnRequestPath;
import dev.cfscale.rules.queues.QueueAckOnFailure;
import dev.cfscale.rules.resilience.ExternalFetchWithoutTimeout;
import dev.cfscale.rules.resilience.UnboundedRetry;
import dev.cfscale.rules.queues.QueueConsumerThrowsWholeBatch;
import dev.cfscale.rules.queues.QueueSendInLoop;
import dev.cfscale.rules.r2.R2BufferedBody;
import dev.cfscale.rules.r2.R2ListOnRequestPath;
import dev.cfscale.rules.r2.R2ConstantKeyWrite;
import dev.cfscale.rules.workers.BufferedBody;
import dev.cfscale.rules.workers.CacheWriteBlocksResponse;
import dev.cfscale.rules.workers.PublicHostnameInsteadOfServiceBinding;
import dev.cfscale.rules.workers.SelfFetch;
import dev.cfscale.rules.workers.SubrequestsInLoop;
import dev.cfscale.rules.workers.UnboundedLoop;
import dev.cfscale.rules.config.EnvironmentMissingBindings;
import dev.cfscale.rules.config.SuppressionWithoutReason;
import dev.cfscale.rules.config.UnknownConfigKey;
import dev.cfscale.rules.config.LegacyConfigKey;
import dev.cfscale.rules.durableobjects.DurableObjectClassWithoutMigration;
import dev.cfscale.rules.durableobjects.DurableObjectKvStorageBackend;
import dev.cfscale.rules.durableobjects.DurableObjectSqlFullScan;
import dev.cfscale.rules.queues.QueueDeadLetterIsSelf;
import dev.cfscale.rules.queues.QueueLowMaxConcurrency;
import dev.cfscale.rules.queues.QueueNoDeadLetterQueue;
import dev.cfscale.rules.queues.QueueProducedNeverConsumed;
import dev.cfscale.rules.queues.QueueSettingOutOfRange;
import dev.cfscale.rules.secrets.AuthFailsOpen;
import dev.cfscale.rules.secrets.EnvironmentInResponse;
import dev.cfscale.rules.secrets.PlaintextSecretVar;
import dev.cfscale.rules.storage.UnboundedStorageGrowth;
import dev.cfscale.rules.workers.CpuLimitOutOfRange;
import dev.cfscale.rules.workers.DeprecatedSite;
import dev.cfscale.rules.workers.NoCpuLimit;
import dev.cfscale.rules.workers.SequentialD1WithoutPlacement;
import dev.cfscale.rules.workers.ObservabilityDisabled;
import dev.cfscale.rules.workers.OldCompatibilityDate;
import java.util.List;
import java.util.Optional;

/** The registry: every rule, listed by hand and grouped by area (no classpath scanning). */
public final class Rules {
  private static final List<Rule> ALL = List.of(
      // config
      new EnvironmentMissingBindings(),
      new DuplicateBindingName(),
      new DuplicateWorkerName(),
      new UnknownConfigKey(),
      new LegacyConfigKey(),
      new SuppressionWithoutReason(),
      // secrets
      new PlaintextSecretVar(),
      new AuthFailsOpen(),
      new EnvironmentInResponse(),
      // queues
      new QueueNoDeadLetterQueue(),
      new QueueDeadLetterIsSelf(),
      new QueueLowMaxConcurrency(),
      new QueueSettingOutOfRange(),
      new QueueProducedNeverConsumed(),
      // durable objects
      new DurableObjectClassWithoutMigration(),
      new DurableObjectKvStorageBackend(),
      new DurableObjectSqlFullScan(),
      // workers
      new ObservabilityDisabled(),
      new NoCpuLimit(),
      new SequentialD1WithoutPlacement(),
      new CpuLimitOutOfRange(),
      new DeprecatedSite(),
      new OldCompatibilityDate(),
      // code: abuse
      new UnauthenticatedExpensiveRoute(),
      // code: workers
      new SubrequestsInLoop(),
      new SelfFetch(),
      new PublicHostnameInsteadOfServiceBinding(),
      new UnboundedLoop(),
      new CacheWriteBlocksResponse(),
      new BufferedBody(),
      // code: d1
      new D1QueryInLoop(),
      new D1SelectStarWithoutLimit(),
      new D1UnboundedResult(),
      // d1 advisor (schema from migrations, plans from SQLite)
      new D1FullTableScan(),
      new D1TempBTreeSort(),
      new D1LeadingWildcardLike(),
      new D1UnboundedCount(),
      new D1QueryInvalid(),
      // code: kv
      new KvGetInLoop(),
      new KvListOnRequestPath(),
      new KvConstantKeyWrite(),
      new KvCachePutWithoutTtl(),
      new KvReadModifyWrite(),
      new KvLargeValues(),
      // code: storage growth (KV, D1, Durable Object SQL)
      new UnboundedStorageGrowth(),
      // code: r2
      new R2ConstantKeyWrite(),
      new R2BufferedBody(),
      new R2ListOnRequestPath(),
      // code: queues
      new QueueSendInLoop(),
      new QueueAckOnFailure(),
      new QueueConsumerThrowsWholeBatch(),
      // code: durable objects
      new DurableObjectSingletonOnHotPath(),
      new DurableObjectSetInterval(),
      new DurableObjectStorageWithoutCleanup(),
      new DurableObjectUnboundedValue(),
      new DurableObjectWebSocketWithoutHibernation(),
      // code: workers ai
      new ExpensiveModelUncached(),
      // code: resilience
      new ExternalFetchWithoutTimeout(),
      new UnboundedRetry());

  private Rules() {}

  public static List<Rule> all() {
    return ALL;
  }

  /** The rule with this id or one of its aliases. */
  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.info().id().equals(id) || List.of(r.info().aliases()).contains(id)).findFirst();
  }
}
