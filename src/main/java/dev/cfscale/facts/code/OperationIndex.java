package dev.cfscale.facts.code;

import dev.cfscale.facts.config.BindingType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One Worker's operations grouped by what per-operation questions look up (by operation name; KV reads by file,
 * namespace and key text), so a rule asking about each of thousands of operations does not walk all of them each time.
 */
final class OperationIndex {
  /** A KV read's place and key: the parts a write is matched on. */
  private record KvKey(String file, Optional<String> binding, String keyText) {
    static KvKey of(OperationSite op) {
      return new KvKey(op.file(), op.binding(), op.key().text());
    }
  }

  private final Map<String, List<OperationSite>> byOperation = new HashMap<>();
  private final Map<KvKey, List<OperationSite>> kvReads = new HashMap<>();
  private final Map<dev.cfscale.findings.Location, OperationSite> kvReadsAt = new HashMap<>();
  /** The functions (with their file, namespace and key) holding a cache-aside KV lookup. */
  private final Set<CacheLookup> cacheLookups = new HashSet<>();

  private record CacheLookup(KvKey key, String function) {}

  OperationIndex(List<OperationSite> operations) {
    for (OperationSite op : operations) {
      byOperation.computeIfAbsent(op.operation(), k -> new ArrayList<>()).add(op);
      if (op.is(BindingType.KV_NAMESPACE, "get", "getWithMetadata")) {
        kvReads.computeIfAbsent(KvKey.of(op), k -> new ArrayList<>()).add(op);
        kvReadsAt.putIfAbsent(op.location(), op);
        if (op.options().cacheLookup()) {
          cacheLookups.add(new CacheLookup(KvKey.of(op), op.function()));
        }
      }
    }
    byOperation.replaceAll((k, v) -> List.copyOf(v));
    kvReads.replaceAll((k, v) -> List.copyOf(v));
  }

  List<OperationSite> named(String operation) {
    return byOperation.getOrDefault(operation, List.of());
  }

  /** The KV gets and getWithMetadata calls in the write's file, on its namespace, with its key text, in code order. */
  List<OperationSite> kvReadsOfKey(OperationSite write) {
    return kvReads.getOrDefault(KvKey.of(write), List.of());
  }

  /** The KV get or getWithMetadata call at {@code at}, if one is there. */
  Optional<OperationSite> kvReadAt(dev.cfscale.findings.Location at) {
    return Optional.ofNullable(kvReadsAt.get(at));
  }

  /** True when a cache-aside KV lookup of the same key on the same namespace sits in the write's function. */
  boolean hasCacheLookup(OperationSite write) {
    return cacheLookups.contains(new CacheLookup(KvKey.of(write), write.function()));
  }
}
