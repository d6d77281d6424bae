package dev.cfscale.rules;

import dev.cfscale.findings.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's identity and defaults; the long text lives in {@code rules/<id>.md}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable, area-prefixed, kebab-case id; never reused. */
  String id();

  Severity severity();

  /** One line, shown by {@code cfscale rules} and as SARIF shortDescription. */
  String summary();

  /** Former ids that still match suppressions, ignore files and baselines. */
  String[] aliases() default {};
}
