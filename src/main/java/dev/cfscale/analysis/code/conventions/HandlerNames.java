package dev.cfscale.analysis.code.conventions;

import dev.cfscale.facts.code.EntryKind;
import java.util.Map;

/**
 * The Workers runtime's handler names, shared by module handlers, service-worker listeners and
 * WorkerEntrypoint methods: {@code fetch}, {@code queue}, {@code scheduled}, {@code email},
 * {@code tail} (and {@code trace}, its old name).
 */
final class HandlerNames {
  private HandlerNames() {}

  static final Map<String, EntryKind> KINDS = Map.of("fetch", EntryKind.FETCH, "queue", EntryKind.QUEUE,
      "scheduled", EntryKind.SCHEDULED, "email", EntryKind.EMAIL, "tail", EntryKind.TAIL, "trace", EntryKind.TAIL);
}
