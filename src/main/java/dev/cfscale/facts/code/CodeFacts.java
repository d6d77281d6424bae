package dev.cfscale.facts.code;

import java.util.List;

/** What code analysis found for one Worker: its entry points and every platform operation. */
public record CodeFacts(List<EntryPoint> entryPoints, List<OperationSite> operations, int modules, long lines) {
  public static final CodeFacts NONE = new CodeFacts(List.of(), List.of(), 0, 0);

  public CodeFacts {
    entryPoints = List.copyOf(entryPoints);
    operations = List.copyOf(operations);
  }
}
