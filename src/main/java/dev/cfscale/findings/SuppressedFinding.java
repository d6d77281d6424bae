package dev.cfscale.findings;

/**
 * A finding an inline {@code cfscale-ignore RULE reason} comment silenced: the finding as the rule reported
 * it, the reason written in the comment and where the comment is. Reports list these apart, so a reviewer
 * sees what was accepted and why.
 */
public record SuppressedFinding(Finding finding, String reason, Location directive) {}
