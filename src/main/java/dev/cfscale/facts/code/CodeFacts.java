package dev.cfscale.facts.code;

import dev.cfscale.facts.config.BindingType;
import java.util.List;

/**
 * What code analysis found for one Worker: its entry points, every platform operation, and the Durable
 * Object instances that browser code or a request router picks by a fixed name.
 */
public record CodeFacts(List<EntryPoint> entryPoints, List<OperationSite> operations, List<FixedInstance> fixedInstances, int modules,
    long lines) {
  public static final CodeFacts NONE = new CodeFacts(List.of(), List.of(), List.of(), 0, 0);

  public CodeFacts {
    entryPoints = List.copyOf(entryPoints);
    operations = List.copyOf(operations);
    fixedInstances = List.copyOf(fixedInstances);
  }

  /** Facts without fixed instances. */
  public CodeFacts(List<EntryPoint> entryPoints, List<OperationSite> operations, int modules, long lines) {
    this(entryPoints, operations, List.of(), modules, lines);
  }

  /**
   * True when {@code put} fills a cache-aside lookup: a KV get on the same namespace, in the same
   * function, with the same key, whose result is tested and returned early. (A get whose value is
   * written back is a counter, not a cache.)
   */
  public boolean isCacheFill(OperationSite put) {
    return operations.stream().anyMatch(get -> get.is(BindingType.KV_NAMESPACE, "get", "getWithMetadata")
        && get.options().cacheLookup() && get.function().equals(put.function()) && get.file().equals(put.file())
        && get.binding().equals(put.binding()) && get.key().text().equals(put.key().text()));
  }
}
