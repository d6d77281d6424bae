package dev.cfscale.models.cost;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Queues: operations, one per 64 KB chunk (KB = 1,000 bytes, message metadata included). A delivered
 * message costs a write, a read and a delete; each retry one more read; a dead-lettered message one
 * write to the dead-letter queue.
 */
final class QueuesCost extends PaidProduct {
  private static final String PRODUCT = "Queues";

  QueuesCost(FactsView facts) {
    super(facts, "queues");
  }

  @Override
  List<CostLine> paidLines(ProductUsage queues, Usage usage) {
    return List.of(f.meter(PRODUCT, "queues").line("Standard operations", "operations", operations(queues),
        f.n("queues.included.paid.operationsPerMonth"), f.n("queues.pricing.usdPerMillionOperations"), FactsView.million(),
        chunks(queues) + " x " + f.n("queues.pricing.operationChunkKb").toPlainString()
            + " KB chunk(s) per message; write + read + delete per delivery, +1 read per retry"));
  }

  @Override
  List<Outage> freeOutages(ProductUsage queues, Usage usage) {
    return f.daily(PRODUCT, "Operations", operations(queues), "queues.included.free.operationsPerDay",
        "sends and deliveries fail beyond the daily allowance until 00:00 UTC").stream().toList();
  }

  private BigDecimal operations(ProductUsage queues) {
    BigDecimal messages = queues.total("messages_per_month");
    BigDecimal perDelivery = f.n("queues.pricing.operationsPerDeliveredMessage");
    BigDecimal retries = queues.attribute("retries_per_message", BigDecimal.ZERO);
    BigDecimal perMessage = perDelivery.add(retries);
    return messages.multiply(perMessage).add(queues.total("dead_lettered_per_month")).multiply(chunks(queues));
  }

  /** 64 KB chunks per message: ceil((size + metadata) / chunk), at least one. */
  private BigDecimal chunks(ProductUsage queues) {
    BigDecimal bytesPerKb = f.n("queues.pricing.kbBytes");
    BigDecimal bytes = queues.attribute("avg_message_kb", BigDecimal.ZERO).multiply(bytesPerKb)
        .add(f.n("queues.pricing.internalMetadataBytesPerMessageApprox"));
    BigDecimal chunkBytes = f.n("queues.pricing.operationChunkKb").multiply(bytesPerKb);
    return bytes.divide(chunkBytes, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
  }
}
