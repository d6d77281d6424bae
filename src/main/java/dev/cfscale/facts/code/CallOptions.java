package dev.cfscale.facts.code;

import dev.cfscale.findings.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the code says about one platform call besides its key and SQL: the keys of an options object
 * it passes ({@code {expirationTtl: 60}}), and what the engine learned around it.
 *
 * @param written keys of the options object literal(s) among the arguments, in written order
 * @param cacheLookup a KV get whose result is tested and returned early (the read half of a cache-aside)
 * @param fetchesOwnUrl a {@code fetch()} of the incoming request's own URL
 * @param orm the ORM query the SQL was rebuilt from, when it was
 * @param sqlPassedAt where the SQL text is written, when a query helper receives it from a caller
 * @param fetch for a global {@code fetch()}: the URL's host and the init object's keys
 * @param uncappedLimit where the query's LIMIT value is written, when it is taken from the request (a query-string
 *     parameter) with no upper bound
 * @param unreadOptions an options argument the engine could not read (a call, a parameter: {@code put(k, v, opts())}):
 *     it may set anything, so rules that fire on a missing option stay quiet
 * @param storedBlob for a storage write, what the value written is when it is a binary or whole-document payload
 *     ("the request body", "a body or file read whole with arrayBuffer()")
 * @param orderWrittenAt where the query's ORDER BY terms are written, when elsewhere than the call (an ORM query's
 *     {@code orderBy} chosen in a variable before it): the line a user changes to change the sort
 * @param growth for a Durable Object storage or state write, how its one value grows when it does
 * @param keyReadAt for a KV write, where a loading helper the writing function calls first reads the same key
 *     ({@code const list = await loadList(key); ...; KV.put(key, ...)} with {@code KV.get(key)} in {@code loadList})
 * @param storedText for a storage write, the value written is text the code builds itself ({@code JSON.stringify(...)} or a
 *     template): whatever it was made from, what is stored is not an uploaded file passed through
 * @param existenceCheck a KV get whose value is only tested for presence (a key checked to be free before its first put),
 *     or that the function answers with when present and otherwise fills with what the client sent (create unless taken)
 * @param unpackedWhole for a body read, the bytes go to a zip reader: a zip's directory is at its end, so the archive is
 *     read whole to be unpacked, whatever the code does
 */
public record CallOptions(List<String> written, boolean cacheLookup, boolean fetchesOwnUrl, Optional<OrmQuery> orm,
    Optional<Location> sqlPassedAt, Optional<FetchTarget> fetch, Optional<Location> uncappedLimit, boolean unreadOptions,
    Optional<String> storedBlob, Optional<Location> orderWrittenAt, Optional<StoredGrowth> growth,
    Optional<Location> keyReadAt, boolean storedText, boolean existenceCheck, boolean unpackedWhole) {

  /** Nothing written, nothing learned. */
  public static final CallOptions NONE = new CallOptions(List.of(), false, false, Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false, false);

  public CallOptions {
    written = List.copyOf(written);
  }

  /** True when the options object sets {@code key} ({@code expirationTtl}, {@code gateway}...). */
  public boolean sets(String key) {
    return written.contains(key);
  }

  /**
   * True when the object written as a value carries an expiry or freshness field ({@code expiresAt}, {@code ttl},
   * {@code cachedAt}, {@code lastSeen}...): the entry is meant to go stale, as a cache entry or a session is.
   */
  public boolean setsExpiryField() {
    return written.stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).anyMatch(EXPIRY_FIELDS::contains);
  }

  private static final java.util.Set<String> EXPIRY_FIELDS = java.util.Set.of("expiresat", "expires", "expiry", "expiration",
      "expirationtime", "expiresin", "ttl", "cachedat", "fetchedat", "lastseen", "lastseenat", "lastactive", "lastactiveat",
      "lastaccess", "lastaccessed", "lastaccessedat", "validuntil", "staleat");

  /** True when the SQL was rebuilt from an ORM query rather than read from the code. */
  public boolean fromOrm() {
    return orm.isPresent();
  }

  /** A call whose options object sets {@code keys}. */
  public static CallOptions written(List<String> keys) {
    return new CallOptions(keys, false, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false, false);
  }

  /** A {@code fetch()} of the request's own URL. */
  public static CallOptions ownUrl() {
    return new CallOptions(List.of(), false, true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false, false);
  }

  /** SQL rebuilt from an ORM query. */
  public static CallOptions fromOrm(OrmQuery query) {
    return new CallOptions(List.of(), false, false, Optional.of(query), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false, false);
  }

  /** SQL a query helper receives from the caller at {@code site}. */
  public static CallOptions sqlPassedAt(Location site) {
    return new CallOptions(List.of(), false, false, Optional.empty(), Optional.of(site), Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false, false);
  }

  /** The same options, marked as the lookup of a cache-aside read. */
  public CallOptions asCacheLookup() {
    return new CallOptions(written, true, fetchesOwnUrl, orm, sqlPassedAt, fetch, uncappedLimit, unreadOptions, storedBlob, orderWrittenAt, growth, keyReadAt, storedText, existenceCheck, unpackedWhole);
  }

  /**
   * The same options, marked as a read whose value is only tested for presence ({@code (await KV.get(k)) === null}):
   * it checks that a key is free, and nothing read is written back.
   */
  public CallOptions asExistenceCheck() {
    return new CallOptions(written, cacheLookup, fetchesOwnUrl, orm, sqlPassedAt, fetch, uncappedLimit, unreadOptions, storedBlob, orderWrittenAt,
        growth, keyReadAt, storedText, true, unpackedWhole);
  }

  /** The same options with what the code says about a {@code fetch()}'s URL and init. */
  public CallOptions withFetch(FetchTarget target) {
    return new CallOptions(target.initKeys(), cacheLookup, fetchesOwnUrl, orm, sqlPassedAt, Optional.of(target), uncappedLimit, unreadOptions, storedBlob, orderWrittenAt, growth, keyReadAt, storedText, existenceCheck, unpackedWhole);
  }

  /** The same options, marked as a query whose LIMIT the request chooses without a cap (the value written at {@code at}). */
  public CallOptions withUncappedLimit(Location at) {
    return new CallOptions(written, cacheLookup, fetchesOwnUrl, orm, sqlPassedAt, fetch, Optional.of(at), unreadOptions, storedBlob, orderWrittenAt, growth, keyReadAt, storedText, existenceCheck, unpackedWhole);
  }

  /** The same options, marked as passing an options argument the engine could not read. */
  public CallOptions withUnreadOptions() {
    return new CallOptions(written, cacheLookup, fetchesOwnUrl, orm, sqlPassedAt, fetch, uncappedLimit, true, storedBlob, orderWrittenAt, growth, keyReadAt, storedText, existenceCheck, unpackedWhole);
  }

  /** The same options, for a write whose value is the payload {@code source}. */
  public CallOptions withStoredBlob(String source) {
    return new CallOptions(written, cacheLookup, fetchesOwnUrl, orm, sqlPassedAt, fetch, uncappedLimit, unreadOptions, Optional.of(source), orderWrittenAt, growth, keyReadAt, storedText, existenceCheck, unpackedWhole);
  }

  /** The same options, with the ORDER BY terms written at {@code at} (elsewhere than the call). */
  public CallOptions withOrderWrittenAt(Location at) {
    return new CallOptions(written, cacheLookup, fetchesOwnUrl, orm, sqlPassedAt, fetch, uncappedLimit, unreadOptions, storedBlob,
        Optional.of(at), growth, keyReadAt, storedText, existenceCheck, unpackedWhole);
  }

  /** The same options, for a storage write whose one value grows as {@code grows} says. */
  public CallOptions withGrowth(StoredGrowth grows) {
    return new CallOptions(written, cacheLookup, fetchesOwnUrl, orm, sqlPassedAt, fetch, uncappedLimit, unreadOptions, storedBlob,
        orderWrittenAt, Optional.of(grows), keyReadAt, storedText, existenceCheck, unpackedWhole);
  }

  /** The same options, for a KV write whose key a loading helper called first reads at {@code at}. */
  public CallOptions withKeyReadAt(Location at) {
    return new CallOptions(written, cacheLookup, fetchesOwnUrl, orm, sqlPassedAt, fetch, uncappedLimit, unreadOptions, storedBlob,
        orderWrittenAt, growth, Optional.of(at), storedText, existenceCheck, unpackedWhole);
  }

  /** The same options, for a body read whose bytes a zip reader unpacks. */
  public CallOptions asUnpackedWhole() {
    return new CallOptions(written, cacheLookup, fetchesOwnUrl, orm, sqlPassedAt, fetch, uncappedLimit, unreadOptions, storedBlob,
        orderWrittenAt, growth, keyReadAt, storedText, existenceCheck, true);
  }

  /** The same options, for a write whose value is text the code serialises itself. */
  public CallOptions withStoredText() {
    return new CallOptions(written, cacheLookup, fetchesOwnUrl, orm, sqlPassedAt, fetch, uncappedLimit, unreadOptions, storedBlob,
        orderWrittenAt, growth, keyReadAt, true, existenceCheck, unpackedWhole);
  }

  /** Every option and learned fact by name, as {@code cfscale inspect} and rule evidence list them. */
  public List<String> names() {
    List<String> out = new ArrayList<>(written);
    if (cacheLookup) {
      out.add("cacheAside");
    }
    if (fetchesOwnUrl) {
      out.add("selfUrl");
    }
    if (existenceCheck) {
      out.add("existenceCheck");
    }
    if (unpackedWhole) {
      out.add("unpacked");
    }
    orm.ifPresent(o -> {
      out.add("orm");
      o.lastMethod().ifPresent(m -> out.add("ormEnd"));
    });
    sqlPassedAt.ifPresent(l -> out.add("sqlPassedAt"));
    fetch.flatMap(FetchTarget::host).ifPresent(h -> out.add("host=" + h));
    fetch.filter(FetchTarget::clientChosen).ifPresent(f -> out.add("clientUrl"));
    fetch.filter(FetchTarget::loopGuardedImageTransform).ifPresent(f -> out.add("imageTransform"));
    uncappedLimit.ifPresent(l -> out.add("uncappedLimit"));
    if (unreadOptions) {
      out.add("unreadOptions");
    }
    storedBlob.ifPresent(b -> out.add("blobValue"));
    keyReadAt.ifPresent(l -> out.add("keyReadAt=" + l.line()));
    growth.ifPresent(g -> out.add("grows=" + g.shape().name().toLowerCase(java.util.Locale.ROOT) + (g.capped() ? ",capped" : "")
        + g.largeContent().map(c -> ",large").orElse("") + (g.removedElsewhere() ? ",shrunk" : "")));
    return out;
  }
}
