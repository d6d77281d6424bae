package dev.cfscale.facts.code;

import dev.cfscale.findings.Location;
import java.util.Optional;

/**
 * What bounds a loop that calls other services, as far as the code shows: a consumer's loop over its
 * batch (at most {@code max_batch_size} messages), a cursor loop that lists a binding page by page (the
 * call in it runs once per page), or a background job that reads its work as a page with a literal
 * {@code LIMIT} (a backlog worked through per run).
 */
public final class LoopBounds {
  private LoopBounds() {}

  /** {@code op} runs inside a queue consumer's loop over {@code batch.messages}. */
  public static boolean overQueueBatch(CodeFacts code, OperationSite op) {
    return code.operations().stream().anyMatch(m -> m.operation().equals("queue.messages") && sameLine(op.loop().loop(), m.location()));
  }

  /** {@code op} runs in a loop that also lists its binding: per-page work of a cursor loop. */
  public static boolean perPage(CodeFacts code, OperationSite op) {
    return code.operations().stream().anyMatch(l -> l.operation().equals("list") && l.binding().equals(op.binding())
        && l.loop().loop().equals(op.loop().loop()));
  }

  /**
   * {@code list} pages through its binding in a loop that also deletes from it: a folder or bucket delete, which has to
   * list what it removes (one list per page of keys deleted), not a listing served to the caller.
   */
  public static boolean pagesToDelete(CodeFacts code, OperationSite list) {
    return list.loop().inLoop() && code.operations().stream().anyMatch(d -> d.operation().equals("delete")
        && d.binding().equals(list.binding()) && d.loop().loop().equals(list.loop().loop()));
  }

  /** {@code entry} reads a page of rows with a literal LIMIT outside any loop. */
  public static boolean readsLimitedPage(CodeFacts code, EntryPoint entry) {
    return code.operations().stream().anyMatch(q -> q.reachedFrom().contains(entry) && !q.loop().inLoop()
        && q.sql().filter(s -> s.matches("(?is).*\\bLIMIT\\s+\\d+.*")).isPresent());
  }

  private static boolean sameLine(Optional<Location> loop, Location marker) {
    return loop.filter(l -> l.file().equals(marker.file()) && l.line() == marker.line()).isPresent();
  }
}
