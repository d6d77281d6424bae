package dev.cfscale.rules.durableobjects;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.AwakeSocketServer;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Figures;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.platform.PlatformFacts;
import dev.cfscale.rules.CodeFactsRule;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * A Durable Object that holds its clients' WebSockets itself ({@code server.accept()} on a {@code WebSocketPair}, or a
 * PartyServer class left at {@code hibernate: false}) instead of handing them to the runtime with
 * {@code ctx.acceptWebSocket()}: the object cannot hibernate while any socket is open, so every connected hour is billed
 * duration at the full 128 MB, idle or not. Outbound sockets ({@code (await fetch(...)).webSocket.accept()}) and
 * sockets accepted outside a Durable Object (a Worker is billed CPU, not duration) stay quiet.
 */
@RuleInfo(id = "durable-objects/websocket-without-hibernation", severity = Severity.MEDIUM,
    summary = "Durable Object accepts WebSockets without the hibernation API: billed duration while any client is connected")
public final class DurableObjectWebSocketWithoutHibernation implements CodeFactsRule {
  private static final int MILLION_DIGITS = 6;

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    return facts.workers().stream().flatMap(w -> Stream.concat(
        w.code().operations().stream().filter(op -> acceptsInObject(w, op)).map(op -> accepted(w, op, ctx)),
        w.code().awakeSocketServers().stream().filter(s -> w.localDurableObjectClasses().contains(s.className()))
            .map(s -> framework(w, s, ctx))));
  }

  private static boolean acceptsInObject(WorkerConfig worker, OperationSite op) {
    return op.operation().equals("websocket.accept") && op.enclosingClass().filter(worker.localDurableObjectClasses()::contains).isPresent();
  }

  private Finding accepted(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    String cls = op.enclosingClass().orElseThrow();
    return withCost(CodeRule.finding(this, worker, op)
        .message("`" + op.code() + "` accepts the WebSocket in Durable Object " + cls + " itself: " + cost(ctx.platform()))
        .evidence("class", cls), ctx.platform())
        .fix("Accept it with `this.ctx.acceptWebSocket(server)` and handle traffic in webSocketMessage()/webSocketClose(): the"
            + " object then hibernates between messages and is billed only while it runs. Keep per-socket state with"
            + " ws.serializeAttachment().")
        .build();
  }

  private Finding framework(WorkerConfig worker, AwakeSocketServer server, RuleContext ctx) {
    return withCost(FindingBuilder.of(this, server.location()).worker(worker.topLevelName()).environments(worker.environmentLabels())
        .message("Durable Object " + server.className() + " (`" + server.code() + "`) keeps its clients' WebSockets without"
            + " hibernation: " + cost(ctx.platform()))
        .evidence("code", server.code())
        .evidence("class", server.className())
        .evidence("why", server.how()), ctx.platform())
        .fix("Add `static options = { hibernate: true };` to " + server.className() + " (the handlers stay the same; keep"
            + " per-connection state with connection.setState(), not in instance fields).")
        .subject(server.className() + ":hibernate")
        .build();
  }

  private static FindingBuilder withCost(FindingBuilder b, PlatformFacts platform) {
    return b.evidence("price", Figures.usd(usdPerConnectedHour(platform)) + " per object per connected hour ("
        + platform.whole("durableObjects.pricing.billedMemoryMb") + " MB for an hour at " + Figures.usd(platform.number(
            "durableObjects.pricing.usdPerMillionGbSeconds")) + " per million GB-s)");
  }

  private static String cost(PlatformFacts platform) {
    BigDecimal includedHours = platform.number("durableObjects.included.paid.gbSecondsPerMonth")
        .divide(gbSecondsPerHour(platform), 0, RoundingMode.DOWN);
    return "the object cannot hibernate while any client is connected, so it is billed duration at "
        + platform.whole("durableObjects.pricing.billedMemoryMb") + " MB for every connected hour, idle or not: "
        + Figures.usd(usdPerConnectedHour(platform)) + " per object-hour (the Paid plan's included GB-s cover about "
        + Figures.count(includedHours.longValue()) + " object-hours a month); with hibernation an idle connection costs nothing";
  }

  /** GB-s one object is billed for an hour awake: seconds x billed MB / MB per GB (the published examples' formula). */
  private static BigDecimal gbSecondsPerHour(PlatformFacts platform) {
    return BigDecimal.valueOf(Duration.ofHours(1).toSeconds())
        .multiply(platform.number("durableObjects.pricing.billedMemoryMb"))
        .divide(platform.number("durableObjects.pricing.megabytesPerGigabyte"), 6, RoundingMode.HALF_UP);
  }

  private static BigDecimal usdPerConnectedHour(PlatformFacts platform) {
    return gbSecondsPerHour(platform).multiply(platform.number("durableObjects.pricing.usdPerMillionGbSeconds"))
        .movePointLeft(MILLION_DIGITS).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
