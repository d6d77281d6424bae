package dev.cfscale.models.guide;

import dev.cfscale.findings.Severity;
import java.util.Optional;

/**
 * One thing to do: what, where ({@code file:line} or the resource), the traffic at which it bites (0 = already,
 * at any traffic) and in words, its severity and effort, the fix, and a scaffold when cfscale can write it
 * ({@code cfscale fix --d1-indexes}) or the code to start from.
 */
public record RoadmapItem(Phase phase, String title, String where, long bitesAtRequestsPerDay, String bites, Severity severity,
    Effort effort, String fix, Optional<String> scaffold, String source) {}
