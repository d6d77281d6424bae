package dev.cfscale.findings;

/** What a report needs to know about a rule: its id, default severity, summary and help text. */
public record RuleDescriptor(String id, Severity severity, String summary, String helpMarkdown) {}
