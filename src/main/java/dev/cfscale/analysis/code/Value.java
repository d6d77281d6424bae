package dev.cfscale.analysis.code;

import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.config.BindingType;
import java.util.Optional;

/** What an expression evaluates to, as far as the analysis can tell. */
public sealed interface Value {

  /** Nothing known. */
  Value UNKNOWN = new Unknown();

  /** The Worker's {@code env} object. */
  Value ENV = new Env();

  /** Nothing known. */
  record Unknown() implements Value {}

  /** The env object ({@code env}, {@code c.env}, {@code this.env}, {@code context.env}). */
  record Env() implements Value {}

  /** A binding of the config, e.g. {@code env.DB}. */
  record Binding(String name, BindingType type) implements Value {}

  /** A D1 prepared statement ({@code DB.prepare(sql)}, also after {@code .bind()}). */
  record Statement(Binding binding, Optional<String> sql, boolean templated) implements Value {}

  /** An ORM or query builder over a D1 binding ({@code drizzle(env.DB)}, {@code new Kysely(...)}); {@code library} names it. */
  record Orm(Binding binding, String library) implements Value {
    /** A Drizzle instance. */
    public Orm(Binding binding) {
      this(binding, "drizzle");
    }
  }

  /** A Durable Object id from {@code idFromName}/{@code idFromString}/{@code newUniqueId}. */
  record DurableObjectId(Binding namespace, KeyArg name) implements Value {}

  /** A Durable Object stub from {@code NS.get(id)} or {@code NS.getByName(name)}. */
  record DurableObjectStub(Binding namespace, KeyArg name) implements Value {}

  /** The result of an R2 {@code get}: its body can be streamed or buffered. */
  record R2Object(Binding bucket) implements Value {}

  /**
   * An R2 multipart upload from {@code createMultipartUpload(key)} or {@code resumeMultipartUpload(key, id)}: its
   * {@code uploadPart}, {@code complete} and {@code abort} act on the object {@code key} of the bucket.
   */
  record R2MultipartUpload(Binding bucket, KeyArg key) implements Value {}

  /** A SQLite-backed Durable Object's SQL API ({@code this.ctx.storage.sql}) in class {@code className}. */
  record DurableObjectSql(String className) implements Value {}

  /** An instance of a class defined in the project. */
  record Instance(String className) implements Value {}

  /** A function defined in the project. */
  record Function(FunctionUnit unit) implements Value {}

  /** A project module imported as a namespace ({@code import * as utils}). */
  record Namespace(SourceModule module) implements Value {}

  /**
   * A value read from the environment under a secret's name ({@code env.OPENAI_API_KEY}, {@code env.GITHUB_TOKEN}):
   * its text is not known, but a call that carries it is made on the owner's account, also after it is passed
   * to a helper as an argument.
   */
  record Secret(String name) implements Value {}

  /** A string whose text is known (constant). */
  record Text(String text) implements Value {}

  /** An object literal ({@code const Q = { bySlug: "SELECT ..." }}) whose properties are read in {@code scope}. */
  record ObjectLiteral(com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit node, FunctionUnit scope) implements Value {}

  /**
   * An array literal ({@code return [env.BUCKET, path]}) whose elements are read by index in {@code scope}
   * ({@code const [bucket, path] = parse(context)}).
   */
  record ArrayLiteral(com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit node, FunctionUnit scope) implements Value {}

  /**
   * A binary or whole-document payload ({@code source} says which): the request body, a body read whole with
   * {@code arrayBuffer()}/{@code blob()}/{@code bytes()}, a stream, or a fetched response's body or text.
   */
  record Blob(String source) implements Value {}

  /**
   * Data the client sent and chose: the parsed request body ({@code await request.json()}), a query parameter
   * ({@code url.searchParams.get("u")}), or any property or element of one. A URL or a count made of it is the
   * caller's to pick, not the code's.
   */
  record ClientInput() implements Value {}

  /** The incoming request's URL, or a URL object built from it. */
  record RequestUrl() implements Value {}

  /** The incoming request's own host or origin: {@code new URL(request.url).host} or {@code .origin}, its Host header. */
  record RequestOrigin() implements Value {}

  /** A {@code new WebSocketPair()}: its two ends are read by index ({@code pair[1]}, {@code const [client, server] = ...}). */
  record WebSocketPair() implements Value {}

  /** One end of a {@link WebSocketPair}: the Worker or Durable Object accepts the server end and returns the client end. */
  record WebSocket() implements Value {}

  default boolean known() {
    return !(this instanceof Unknown);
  }
}
