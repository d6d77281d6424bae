package dev.cfscale.rules;

import dev.cfscale.platform.PlatformFacts;
import java.time.LocalDate;

/** What rules may consult beyond the project: the platform facts and today's date. */
public record RuleContext(PlatformFacts platform, LocalDate today) {}
