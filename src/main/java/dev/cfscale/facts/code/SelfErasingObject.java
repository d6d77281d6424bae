package dev.cfscale.facts.code;

import dev.cfscale.findings.Location;

/**
 * A Durable Object class that deletes all of its storage on a timer it sets itself: an Agents SDK class whose
 * scheduled callback calls {@code this.destroy()} (a demo or session object that removes itself once idle), or an
 * object whose {@code alarm()} calls {@code storage.deleteAll()}. What it writes lasts until that timer fires, so its
 * tables hold one session's rows and do not grow with the traffic of the Worker.
 *
 * @param location where the erasing call is written
 * @param className the bound Durable Object class (the erasing call may sit in a base class it extends)
 * @param how the call and the timer that runs it, in words
 */
public record SelfErasingObject(Location location, String className, String how) {}
