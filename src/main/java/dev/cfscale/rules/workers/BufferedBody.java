package dev.cfscale.rules.workers;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RequestPaths;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A whole body buffered in memory on a request path where it could stream: an upload read with
 * {@code request.arrayBuffer()} / {@code formData()} / {@code parseBody()} in a handler that stores it
 * in R2 or KV (the body could be passed to {@code put} as a stream), or a KV value read with
 * {@code get(key, "arrayBuffer")} (values up to 25 MiB; {@code "stream"} avoids the copy), or a fetched
 * response's binary body ({@code arrayBuffer()}, {@code blob()}, {@code bytes()}: a file, an image, generated
 * audio, whose size the origin decides). R2 object bodies have their own rule ({@code r2/buffered-body}); JSON
 * and text bodies are left alone.
 */
@RuleInfo(id = "workers/buffered-body", severity = Severity.MEDIUM,
    summary = "Upload, fetched file or KV value buffered whole into memory instead of streamed")
public final class BufferedBody implements CodeRule {
  private static final Set<String> REQUEST_READS = Set.of("request.arrayBuffer", "request.blob", "request.formData",
      "request.bytes", "request.parseBody");
  private static final Set<String> FETCHED_READS = Set.of("response.arrayBuffer", "response.blob", "response.bytes");
  private static final java.util.regex.Pattern STREAMED = java.util.regex.Pattern.compile("\\.stream\\(\\)|\\.body\\b");

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    boolean upload = REQUEST_READS.contains(op.operation()) && op.bindingType().isEmpty() && storesInSameFunction(worker, op);
    boolean kvBuffer = op.is(BindingType.KV_NAMESPACE, "body.arrayBuffer");
    boolean fetched = FETCHED_READS.contains(op.operation()) && op.bindingType().isEmpty();
    if (!(upload || kvBuffer || fetched) || !RequestPaths.hot(worker, op)) {
      return Stream.empty();
    }
    if (fetched) {
      return Stream.of(fetchedResponse(worker, op, ctx));
    }
    long memoryMb = ctx.platform().whole("workers.limits.memoryMbPerIsolate");
    long bodyMb = ctx.platform().whole("workers.limits.requestBodyMbByZonePlan.free");
    String what = upload ? "the whole uploaded body (up to " + bodyMb + " MB on Free and Pro zones)"
        : "the whole KV value (up to " + ctx.platform().whole("kv.limits.valueSizeMib") + " MiB)";
    return Stream.of(finding(worker, op)
        .message("`" + op.code() + "` reads " + what + " into memory before storing or returning it: an isolate has " + memoryMb
            + " MB shared by its concurrent requests, so a few large bodies at once crash it")
        .evidence("memory", memoryMb + " MB per isolate (workers.limits.memoryMbPerIsolate)")
        .evidence("body limit", upload ? bodyMb + " MB request body on Free/Pro zones (workers.limits.requestBodyMbByZonePlan.free)"
            : ctx.platform().whole("kv.limits.valueSizeMib") + " MiB per value (kv.limits.valueSizeMib)")
        .fix(upload ? "Pass request.body to put() as a stream (with a Content-Length or a known-length stream), or use a"
            + " multipart upload for large files; check Content-Length and reject oversized uploads first."
            : "Read it with get(key, \"stream\") and return the stream, or keep large blobs in R2 and stream object.body.")
        .build());
  }

  /** A fetched file read whole: its size is the origin's to decide, and nothing here checks it first. */
  private Finding fetchedResponse(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    long memoryMb = ctx.platform().whole("workers.limits.memoryMbPerIsolate");
    return finding(worker, op)
        .message("`" + op.code() + "` reads the whole fetched response (a file, image or audio whose size the origin decides)"
            + " into memory: an isolate has " + memoryMb + " MB shared by its concurrent requests, so a few large responses"
            + " at once crash it")
        .evidence("memory", memoryMb + " MB per isolate (workers.limits.memoryMbPerIsolate)")
        .fix("Return or pipe response.body as a stream (new Response(response.body, response), or through a"
            + " TransformStream); when the bytes are needed whole, check Content-Length first and refuse large ones.")
        .build();
  }

  /**
   * The handler writes the upload to R2 or KV as a buffer: it could stream into put(). A put that is given a
   * stream ({@code file.stream()}, a {@code body}) already streams what it stores; one given text the handler serialised
   * ({@code JSON.stringify(fields)}) stores form fields, not the upload: a form of text fields is read whole to be parsed.
   */
  private static boolean storesInSameFunction(WorkerConfig worker, OperationSite op) {
    return worker.code().operations().stream().anyMatch(o -> o.file().equals(op.file()) && o.function().equals(op.function())
        && (o.is(BindingType.R2_BUCKET, "put", "createMultipartUpload", "multipart.uploadPart") || o.is(BindingType.KV_NAMESPACE, "put"))
        && !o.options().storedText() && !STREAMED.matcher(o.code()).find());
  }
}
