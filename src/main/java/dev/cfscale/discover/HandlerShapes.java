package dev.cfscale.discover;

/**
 * Whether a script is a Worker's or a Pages Function's entry, as the parser reads it. Discovery only walks folders;
 * the parsing layer answers these (it depends on discovery, not the other way round) and the loader hands it in.
 */
public interface HandlerShapes {
  /** The module exports a Pages Functions handler: {@code onRequest} or {@code onRequestGet} ... {@code onRequestOptions}. */
  boolean exportsPagesHandler(String fileName, String source);

  /**
   * The script serves requests as a Worker pasted into the dashboard would: a service-worker
   * {@code addEventListener("fetch", ...)} or a module {@code export default { fetch(...) {...} }}.
   */
  boolean servesFetch(String fileName, String source);

  /**
   * A framework config loads {@code packageName}: imports or requires it, or lists it in an array (Nuxt's
   * {@code modules: ['@nuxthub/core']}, also as {@code ['@nuxthub/core', options]}); a comment naming it does not count.
   */
  boolean loadsPackage(String fileName, String source, String packageName);
}
