package dev.cfscale.facts;

import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.code.Spend;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.WorkerEnvironment;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a message sent to a queue makes its consumer spend, read over every Worker of the project (the consumer is
 * often another Worker of the repository): the first operation billed per call (inference, a paid API, an email) that
 * a queue handler of a Worker consuming that queue reaches. A route that only enqueues still spends that per call.
 * A Worker consuming several queues is taken to run the same code for each: its handler rarely tells them apart.
 */
public final class QueuedSpending {
  /** A consumer's operation billed per call, and what it spends. */
  public record ConsumerSpend(OperationSite op, Spend spend) {}

  private final Map<String, ConsumerSpend> byQueue = new HashMap<>();

  QueuedSpending(List<WorkerConfig> workers) {
    for (WorkerConfig worker : workers) {
      Optional<ConsumerSpend> spend = queueHandlerSpend(worker);
      spend.ifPresent(s -> worker.environments().stream().flatMap(e -> e.queueConsumers().stream())
          .forEach(c -> byQueue.putIfAbsent(c.queue(), s)));
    }
  }

  /** What the consumer of the queue {@code send} (a queue producer call of {@code producer}) sends to spends per message. */
  public Optional<ConsumerSpend> behind(WorkerConfig producer, OperationSite send) {
    if (!send.is(BindingType.QUEUE_PRODUCER, "send", "sendBatch") || send.binding().isEmpty()) {
      return Optional.empty();
    }
    return producer.environments().stream().map(env -> queueOf(env, send.binding().get()))
        .flatMap(Optional::stream).map(byQueue::get).filter(java.util.Objects::nonNull).findFirst();
  }

  private static Optional<String> queueOf(WorkerEnvironment env, String binding) {
    return env.bindings(BindingType.QUEUE_PRODUCER).stream().filter(b -> b.name().equals(binding)).findFirst()
        .flatMap(b -> b.text("queue"));
  }

  private static Optional<ConsumerSpend> queueHandlerSpend(WorkerConfig worker) {
    return worker.code().operations().stream()
        .filter(op -> op.reachedFrom().stream().anyMatch(e -> e.kind() == EntryKind.QUEUE))
        .flatMap(op -> Spend.of(op).filter(Spend::paidPerCall).map(s -> new ConsumerSpend(op, s)).stream())
        .min(Comparator.comparing((ConsumerSpend s) -> s.op().file()).thenComparingInt(s -> s.op().location().line()));
  }
}
