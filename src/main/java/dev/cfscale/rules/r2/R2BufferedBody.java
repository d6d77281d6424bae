package dev.cfscale.rules.r2;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An R2 object read whole into memory ({@code arrayBuffer()}, {@code blob()}, {@code text()},
 * {@code bytes()}) where {@code object.body} could be streamed. {@code json()} is left alone: JSON
 * documents must be parsed whole anyway, and so is a zip archive handed to a zip reader. Code that no entry point of the Worker reaches buffers nothing (when
 * entry points were found at all): any path (request, queue, cron) counts, as memory is the isolate's.
 */
@RuleInfo(id = "r2/buffered-body", severity = Severity.MEDIUM,
    summary = "R2 object body buffered whole into memory instead of streamed")
public final class R2BufferedBody implements CodeRule {
  private static final Set<String> BUFFERING = Set.of("body.arrayBuffer", "body.blob", "body.text", "body.bytes");

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    boolean reachable = worker.code().entryPoints().isEmpty() || !op.reachedFrom().isEmpty();
    // a zip is read whole to be unpacked (its directory is at its end): streaming is not on offer
    if (op.bindingType().filter(BindingType.R2_BUCKET::equals).isEmpty() || !BUFFERING.contains(op.operation()) || !reachable
        || op.options().unpackedWhole()) {
      return Stream.empty();
    }
    long memoryMb = ctx.platform().whole("workers.limits.memoryMbPerIsolate");
    return Stream.of(finding(worker, op)
        .message("`" + op.code() + "` reads the whole R2 object into memory: an isolate has " + memoryMb + " MB, shared by"
            + " concurrent requests, so large objects or parallel downloads crash the Worker")
        .evidence("memory", memoryMb + " MB per isolate (workers.limits.memoryMbPerIsolate)")
        .fix("Stream it: return new Response(object.body, { headers }) or pipe object.body through a TransformStream;"
            + " use range reads for parts.")
        .build());
  }
}
