package dev.cfscale.facts.code;

import dev.cfscale.facts.config.BindingType;
import java.util.Optional;

/**
 * What one platform call is, apart from where it sits: the binding (and its type from the config), the
 * operation ({@code get}, {@code prepare}, {@code stub.fetch}, {@code fetch}...), its key, SQL text or AI
 * model, and its options. {@code bindingType} is empty for non-binding operations: global {@code fetch},
 * the Cache API, {@code setInterval} and unbounded loops.
 */
public record PlatformCall(
    Optional<String> binding,
    Optional<BindingType> bindingType,
    String operation,
    KeyArg key,
    Optional<String> sql,
    boolean sqlTemplated,
    Optional<String> model,
    CallOptions options) {}
