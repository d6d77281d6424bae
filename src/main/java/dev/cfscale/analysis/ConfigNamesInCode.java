package dev.cfscale.analysis;

import dev.cfscale.analysis.code.CodeAnalyzer;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.InheritanceGap;
import dev.cfscale.facts.config.Var;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of a config's binding and var names its Worker's code mentions at all, as an identifier or a string
 * ({@code env.DB}, {@code { DB } = env}, {@code env["DB"]}). This is deliberately a mention, not a proven read: it
 * only ever clears a name (a binding the code never names cannot be what breaks), never accuses one.
 */
final class ConfigNamesInCode {

  private ConfigNamesInCode() {}

  static Set<String> mentioned(WorkerConfig worker, List<CodeAnalyzer.SourceText> sources) {
    Set<String> names = new HashSet<>();
    worker.environments().forEach(e -> {
      e.bindings().stream().map(Binding::name).forEach(names::add);
      e.vars().stream().map(Var::name).forEach(names::add);
      e.inheritanceGaps().stream().map(InheritanceGap::names).forEach(names::addAll);
    });
    Set<String> found = new HashSet<>();
    for (String name : names) {
      Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
      if (sources.stream().anyMatch(s -> s.text().contains(name) && word.matcher(s.text()).find())) {
        found.add(name);
      }
    }
    return found;
  }
}
