package dev.cfscale.facts.code;

import dev.cfscale.facts.config.BindingType;
import java.util.Locale;
import java.util.Optional;

/**
 * What one operation spends each time it runs, when it spends something a caller could run up: inference,
 * a paid API on the owner's key, an image transformation, a headless browser, an email, or storage that grows per call (a new
 * key or row that does not expire; a queue send is left out, since what its consumer spends is not known here). The
 * price, where the facts file has one, is named by key ({@code priceKey}) with what it is per ({@code per}).
 */
public enum Spend {
  /** Workers AI, through the binding or the AI SDK. */
  AI("runs a model", true, Optional.of("workersAi.pricing.usdPer1000Neurons"), "1,000 neurons"),
  /** A paid API called with a credential the Worker holds (an SDK client, or a fetch carrying a secret). */
  PAID_API("calls a paid API on the owner's key", true, Optional.empty(), ""),
  /** An Images binding transformation. */
  IMAGES("transforms an image", true, Optional.empty(), ""),
  /** A headless browser started through the Browser binding (Browser Rendering, billed per browser hour). */
  BROWSER("starts a headless browser (Browser Rendering)", true, Optional.empty(), "browser hour"),
  /** An email sent through the Send Email binding. */
  EMAIL("sends an email", true, Optional.empty(), ""),
  /** A write to R2 (a class A operation). */
  R2_WRITE("writes an R2 object", false, Optional.of("r2.pricing.standard.usdPerMillionClassA"), "million writes"),
  /** A write to KV. */
  KV_WRITE("writes a KV key", false, Optional.of("kv.pricing.usdPerMillionWrites"), "million writes"),
  /** An INSERT or REPLACE sent to D1 (a row more per call). */
  D1_WRITE("writes D1 rows", false, Optional.of("d1.pricing.usdPerMillionRowsWritten"), "million rows written"),
  /** An INSERT or REPLACE on a Durable Object's SQLite. */
  DO_WRITE("writes Durable Object storage", false, Optional.of("durableObjects.pricing.sqlite.usdPerMillionRowsWritten"),
      "million rows written"),
  /** A Next.js cache invalidation: a tag-cache write, and the pages it drops are rendered again. */
  TAG_INVALIDATION("writes the tag cache and drops cached pages", false, Optional.empty(), ""),
  /** A Workflow instance started. */
  WORKFLOW_START("starts a Workflow", false, Optional.of("workflows.pricing.usdPerMillionRequests"), "million instances");

  private final String words;
  private final boolean paidPerCall;
  private final Optional<String> priceKey;
  private final String per;

  Spend(String words, boolean paidPerCall, Optional<String> priceKey, String per) {
    this.words = words;
    this.paidPerCall = paidPerCall;
    this.priceKey = priceKey;
    this.per = per;
  }

  /** What the operation does, in words ("runs a model"). */
  public String words() {
    return words;
  }

  /** True for inference and paid APIs (billed per call, often per token); false for storage that grows. */
  public boolean paidPerCall() {
    return paidPerCall;
  }

  /** The facts key of the price, when the facts file has one. */
  public Optional<String> priceKey() {
    return priceKey;
  }

  /** What the price is per ("million writes"). */
  public String per() {
    return per;
  }

  /** What {@code op} spends per run, or empty when it spends nothing a caller could run up. */
  public static Optional<Spend> of(OperationSite op) {
    String operation = op.operation();
    if (op.bindingType().isEmpty()) {
      if (operation.startsWith("ai-sdk.")) {
        return Optional.of(AI);
      }
      if (operation.startsWith("next-cache.")) {
        return Optional.of(TAG_INVALIDATION);
      }
      boolean credentialFetch = operation.equals("fetch")
          && op.options().fetch().filter(f -> f.carriesCredential() && !f.endsSomething() && !f.freeToCall()).isPresent();
      return operation.startsWith("api.") || credentialFetch ? Optional.of(PAID_API) : Optional.empty();
    }
    return switch (op.bindingType().get()) {
      case AI -> Optional.of(AI);
      case IMAGES -> operation.equals("input") ? Optional.of(IMAGES) : Optional.empty();
      case SEND_EMAIL -> Optional.of(EMAIL);
      case BROWSER -> operation.equals("launch") ? Optional.of(BROWSER) : Optional.empty();
      case R2_BUCKET -> op.is(BindingType.R2_BUCKET, "put", "createMultipartUpload", "multipart.uploadPart") && newKeyPerCall(op) ? Optional.of(R2_WRITE)
          : Optional.empty();
      case KV_NAMESPACE -> operation.equals("put") && newKeyPerCall(op) && !expires(op) ? Optional.of(KV_WRITE) : Optional.empty();
      case D1_DATABASE -> op.isD1RoundTrip() && writes(op) ? Optional.of(D1_WRITE) : Optional.empty();
      // an Agent saving an MCP server under a name the caller chooses keeps one more row per name, and a storage.put
      // under a key new on every call (a chat room's message under a random id) one more key-value pair per call; a key
      // per entity (window:${client}) is overwritten, and a temporary entry is storage-without-cleanup's
      case DURABLE_OBJECT -> operation.equals("sql.exec") && writes(op) || operation.equals("mcp.addServer") && newKeyPerCall(op)
          || operation.equals("storage.put") && op.key().uniquePerCall() && !op.storesTemporaryEntry()
          ? Optional.of(DO_WRITE) : Optional.empty();
      case WORKFLOW -> operation.startsWith("create") ? Optional.of(WORKFLOW_START) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** A key the call chooses (from the request, a random id): a constant or per-day key is overwritten, not added. */
  private static boolean newKeyPerCall(OperationSite op) {
    return !op.key().sharedByRequests();
  }

  /** A KV write that expires ({@code expirationTtl}, {@code expiration}): it does not stay. */
  private static boolean expires(OperationSite op) {
    return op.options().sets("expirationTtl") || op.options().sets("expiration");
  }

  private static boolean writes(OperationSite op) {
    String sql = op.sql().orElse("").stripLeading().toUpperCase(Locale.ROOT);
    // an UPDATE, or an upsert (ON CONFLICT ... DO UPDATE), rewrites what exists: billed, but it does not grow per call
    boolean upsert = sql.contains("ON CONFLICT") && sql.contains("DO UPDATE");
    return (sql.startsWith("INSERT") || sql.startsWith("REPLACE")) && !upsert;
  }
}
