package dev.cfscale.facts.code;

import java.util.Objects;
import java.util.Set;

/**
 * Which code a Worker's audit read and how it was chosen ({@code main src/index.ts}, {@code Python Worker: not
 * analysed}), and which of the config's binding and var names that code mentions at all. A name the code never
 * mentions is never read (a binding no code uses), so losing it in an environment breaks nothing.
 *
 * @param analysed true when source modules were read (then {@code mentionedNames} is meaningful)
 */
public record CodeReading(String scope, boolean analysed, Set<String> mentionedNames) {
  public static final CodeReading NONE = new CodeReading("", false, Set.of());

  public CodeReading {
    scope = Objects.requireNonNullElse(scope, "");
    mentionedNames = Set.copyOf(mentionedNames);
  }

  /** True when the code was read and never mentions {@code name}: nothing can be reading it. */
  public boolean neverMentions(String name) {
    return analysed && !mentionedNames.contains(name);
  }
}
