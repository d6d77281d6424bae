package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstBool;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstDoWhileStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstWhileStmt;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.D1Executions;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.PlatformCall;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks each unit's own code (not its nested closures, which are units of their own) and records
 * platform operations, calls into project functions (seeding their parameters with what is passed),
 * loops that can never end, retries without a cap or a delay ({@link Retries}), and callbacks a timeout wrapper
 * awaits without its signal ({@link BypassedTimeouts}).
 */
final class OperationCollector implements OperationScope {
  private static final Map<BindingType, Set<String>> OPERATIONS = Map.ofEntries(
      Map.entry(BindingType.D1_DATABASE, Set.of("prepare", "batch", "exec", "dump")),
      Map.entry(BindingType.KV_NAMESPACE, Set.of("get", "getWithMetadata", "put", "delete", "list")),
      Map.entry(BindingType.R2_BUCKET, Set.of("get", "put", "head", "list", "delete", "createMultipartUpload", "resumeMultipartUpload")),
      Map.entry(BindingType.QUEUE_PRODUCER, Set.of("send", "sendBatch")),
      Map.entry(BindingType.DURABLE_OBJECT, Set.of("idFromName", "idFromString", "newUniqueId", "get", "getByName")),
      Map.entry(BindingType.AI, Set.of("run", "aiSearch")),
      Map.entry(BindingType.VECTORIZE, Set.of("query", "queryById", "insert", "upsert", "getByIds", "deleteByIds")),
      Map.entry(BindingType.ANALYTICS_ENGINE, Set.of("writeDataPoint")),
      Map.entry(BindingType.WORKFLOW, Set.of("create", "createBatch", "get")),
      Map.entry(BindingType.SEND_EMAIL, Set.of("send")),
      Map.entry(BindingType.IMAGES, Set.of("input", "info")));
  private static final Set<String> BODY_READS = Set.of("arrayBuffer", "text", "json", "blob", "bytes");
  /** The calls on an R2 multipart upload that reach the bucket (each part and the completion are class A writes). */
  private static final Set<String> MULTIPART_CALLS = Set.of("uploadPart", "complete", "abort");
  private final Project project;
  private final Evaluator evaluator;
  private final List<RawOperation> operations = new ArrayList<>();
  private final List<CallEdge> edges = new ArrayList<>();
  private final List<java.util.function.Consumer<Project>> seeds = new ArrayList<>();

  OperationCollector(Project project) {
    this.project = project;
    this.evaluator = new Evaluator(project);
  }

  List<RawOperation> operations() {
    return operations;
  }

  List<CallEdge> edges() {
    return edges;
  }

  /** The parameter seeds this collection passed to its project, in order (for {@link ModuleCollection#replay}). */
  List<java.util.function.Consumer<Project>> seeds() {
    return seeds;
  }

  private void seed(java.util.function.Consumer<Project> seed) {
    seeds.add(seed);
    seed.accept(project);
  }

  @Override
  public Map<String, Location> texts(ISwc4jAst node, FunctionUnit unit) {
    return new TextSets(evaluator).of(node, unit).orElse(Map.of());
  }

  @Override
  public Evaluator evaluator() {
    return evaluator;
  }

  void collect(SourceModule module) {
    for (FunctionUnit unit : module.units()) {
      collect(unit);
    }
  }

  /** Records what {@code unit}'s own code (not its nested closures) does. */
  void collect(FunctionUnit unit) {
    {
      for (ISwc4jAst node : unit.ownNodes()) {
        for (Convention convention : project.conventions()) {
          convention.operations(node, unit, this);
        }
        if (node instanceof Swc4jAstCallExpr call) {
          call(call, call.getCallee(), Ast.call(call).orElseThrow().args(), unit);
        } else if (node instanceof com.caoccao.javet.swc4j.ast.miscs.Swc4jAstOptCall opt) {
          call(opt, opt.getCallee(), Ast.call(opt).orElseThrow().args(), unit);
        } else if (node instanceof Swc4jAstNewExpr n) {
          construct(n, unit);
        } else if (node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstTaggedTpl tagged) {
          taggedTemplate(tagged, unit);
        } else if (isInfiniteLoop(node) && !Exits.hasExit(node)) {
          record(unit, node, Optional.empty(), "loop.unbounded", KeyArg.NONE, CallOptions.NONE);
        } else if (node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTryStmt attempt) {
          Retries.of(attempt, unit, evaluator)
              .ifPresent(r -> record(unit, r.at(), Optional.empty(), r.kind(), KeyArg.NONE, CallOptions.NONE));
        }
      }
    }
  }

  /** A call or optional call ({@code env.KV?.get(k)}) with its callee and arguments. */
  private void call(ISwc4jAst call, ISwc4jAst calleeNode, List<ISwc4jAst> args, FunctionUnit unit) {
    ISwc4jAst callee = Ast.unwrap(calleeNode);
    if (BypassedTimeouts.bypasses(call, callee, args, unit)) {
      record(unit, call, Optional.empty(), "timeout.bypassed", KeyArg.NONE, CallOptions.NONE);
    }
    if (callee instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstSuper) {
      // super(infra): the base constructor's parameters hold what this constructor passes on
      InheritedConstructors.ofSuper(unit, project).ifPresent(ctor -> invoke(call, ctor, args, unit));
      return;
    }
    if (callee instanceof Swc4jAstIdent id) {
      globalCall(call, id.getSym(), args, unit);
    } else if (callee instanceof Swc4jAstMemberExpr m) {
      memberCall(call, m, args, unit);
      // db.byIdQuery.bind(id): reading the getter runs it
      GetterReads.of(m.getObj(), unit, evaluator).ifPresent(getter -> edges.add(CallEdge.of(unit, getter, CallContext.of(call, unit, file(unit)), call)));
    }
    Value target = evaluator.eval(callee, unit);
    for (FunctionUnit handler : DispatchTables.of(callee, unit, evaluator)) {
      if (!(target instanceof Value.Function f && f.unit() == handler)) {
        invoke(call, handler, args, unit);
      }
    }
    Optional<HandlerLists.Walk> walk = target.known() ? Optional.empty() : HandlerLists.of(callee, unit, evaluator);
    if (walk.isPresent()) {
      walk.get().methods().forEach(method -> invokeOnce(call, walk.get().loop(), method, args, unit));
    } else if (target instanceof Value.Function f) {
      invoke(call, f.unit(), args, unit);
    } else {
      ExplicitThisCalls.of(callee, args, unit, evaluator).ifPresentOrElse(i -> invoke(call, i.function(), i.args(), unit),
          () -> passed(call, callee, args, unit));
    }
    for (ISwc4jAst arg : args) {
      // a function passed as a callback runs as part of this call (per element for items.map(fn))
      if (evaluator.eval(arg, unit) instanceof Value.Function f) {
        CallContext context = f.unit().node() != Ast.unwrap(arg)
            ? CallContext.forCallback(call, calleeNode, unit, file(unit)) : CallContext.of(call, unit, file(unit));
        edges.add(CallEdge.of(unit, f.unit(), context, call));
      }
    }
  }

  /**
   * A call of a parameter callers pass different functions: their parameters are seeded, and (in a class a factory
   * makes) each is called.
   */
  private void passed(ISwc4jAst call, ISwc4jAst callee, List<ISwc4jAst> args, FunctionUnit unit) {
    boolean runsEach = PassedFunctions.runsEach(callee, unit);
    for (ExplicitThisCalls.Invocation i : PassedFunctions.of(callee, args, unit, project)) {
      if (runsEach) {
        if (FactoryClasses.passedForLiveClass(i.function(), project)) {
          invoke(call, i.function(), i.args(), unit);
        }
      } else {
        seedParameters(call, i.function(), i.args(), unit);
      }
    }
  }

  /** A call of project function {@code helper}: an edge to it, and what {@code args} pass seeds its parameters. */
  private void invoke(ISwc4jAst call, FunctionUnit helper, List<ISwc4jAst> args, FunctionUnit unit) {
    edges.add(CallEdge.of(unit, helper, CallContext.of(call, unit, file(unit)), call, args));
    seedParameters(call, helper, args, unit);
  }

  /**
   * A call of each element's method of a handler list ({@link HandlerLists}): the walk over the written-out list
   * is no repetition that grows, so the edge keeps the call's context without that loop.
   */
  private void invokeOnce(ISwc4jAst call, ISwc4jAst listLoop, FunctionUnit method, List<ISwc4jAst> args, FunctionUnit unit) {
    CallContext context = CallContext.of(call, unit, file(unit));
    if (context.loop().loop().filter(at -> at.equals(Ast.location(file(unit), listLoop))).isPresent()) {
      context = new CallContext(dev.cfscale.facts.code.LoopContext.NONE, context.awaited(), context.inWaitUntil(), context.adminGuarded(),
          context.branches(), context.errors());
    }
    edges.add(CallEdge.of(unit, method, context, call, args));
    seedParameters(call, method, args, unit);
  }

  /** What {@code args} pass seeds the parameters of {@code helper}. */
  private void seedParameters(ISwc4jAst call, FunctionUnit helper, List<ISwc4jAst> args, FunctionUnit unit) {
    Location at = Ast.location(file(unit), call);
    for (int i = 0; i < args.size(); i++) {
      Value passed = evaluator.eval(args.get(i), unit);
      int index = i;
      Map<String, Location> element = passed instanceof Value.Text ? Map.of() : listElementTexts(args.get(i), unit);
      if (!element.isEmpty()) {
        // for (const sql of UPGRADES) await apply(db, sql): the helper receives each text of the list, where it is written
        element.forEach((text, written) -> {
          Value.Text t = new Value.Text(text);
          seed(p -> p.seed(helper, index, t, written));
          seed(p -> p.seedText(helper, index, t, written));
        });
        continue;
      }
      seed(p -> p.seed(helper, index, passed, at));
      seed(p -> p.seedText(helper, index, passed, at));
      // runAll(db, [SQL_A, SQL_B]): the helper prepares each element
      new TextSets(evaluator).elements(args.get(i), unit, 0).filter(t -> !t.isEmpty())
          .map(java.util.LinkedHashMap::new).ifPresent(t -> seed(p -> p.seedElements(helper, index, t)));
    }
  }

  /** The texts of a constant list {@code arg} holds one element of (a for-of variable, a callback's item); empty otherwise. */
  private Map<String, Location> listElementTexts(ISwc4jAst arg, FunctionUnit unit) {
    if (!(Ast.unwrap(arg) instanceof Swc4jAstIdent id)) {
      return Map.of();
    }
    boolean element = ListElements.loopOver(id).isPresent() || unit.lookup(id.getSym(), id)
        .filter(d -> d instanceof Declaration.Parameter p && ListElements.callbackList(p).isPresent()).isPresent();
    return element ? new TextSets(evaluator).of(id, unit).orElse(Map.of()) : Map.of();
  }

  private void globalCall(ISwc4jAst call, String name, List<ISwc4jAst> args, FunctionUnit unit) {
    if (unit.lookup(name).isPresent()) {
      return;
    }
    if (name.equals("fetch")) {
      KeyArg url = args.isEmpty() ? KeyArg.NONE : Keys.of(args.get(0), unit, evaluator);
      boolean self = !args.isEmpty() && (evaluator.eval(args.get(0), unit) instanceof Value.RequestUrl || ownOrigin(args.get(0), unit))
          && !RetargetedUrls.retargeted(args.get(0), unit);
      CallOptions options = (self ? CallOptions.ownUrl() : CallOptions.NONE).withFetch(FetchTargets.of(args, unit, evaluator, self));
      record(unit, call, Optional.empty(), "fetch", url, options);
    } else if (name.equals("setInterval")) {
      record(unit, call, Optional.empty(), "setInterval", KeyArg.NONE, CallOptions.NONE);
    }
  }

  private void memberCall(ISwc4jAst call, Swc4jAstMemberExpr m, List<ISwc4jAst> args, FunctionUnit unit) {
    String method = Ast.propName(m).orElse("");
    Value target = evaluator.eval(m.getObj(), unit);
    Optional<ISwc4jAst> first = args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
    if (target instanceof Value.Binding b) {
      bindingCall(call, b, method, args, unit);
    } else if (target instanceof Value.Statement s && D1Executions.STATEMENT_RUNS.contains(method)) {
      recordSql(unit, call, s.binding(), method, s.sql(), s.templated(), CallOptions.NONE);
    } else if (target instanceof Value.DurableObjectStub stub) {
      record(unit, call, Optional.of(stub.namespace()), "stub." + method, stub.name(), CallOptions.NONE);
    } else if (target instanceof Value.R2Object o && BODY_READS.contains(method)) {
      record(unit, call, Optional.of(o.bucket()), "body." + method, KeyArg.NONE,
          ZipReads.unpacked(call, unit) ? CallOptions.NONE.asUnpackedWhole() : CallOptions.NONE);
    } else if (target instanceof Value.R2MultipartUpload upload && MULTIPART_CALLS.contains(method)) {
      record(unit, call, Optional.of(upload.bucket()), "multipart." + method, upload.key(), CallOptions.NONE);
    } else if (target instanceof Value.WebSocket && method.equals("accept") && args.isEmpty()) {
      // server.accept() of a WebSocketPair: the socket is held by this isolate (not the hibernation API's ctx.acceptWebSocket)
      record(unit, call, Optional.empty(), "websocket.accept", KeyArg.NONE, CallOptions.NONE);
    } else if (isCache(m.getObj(), unit) && (method.equals("put") || method.equals("match") || method.equals("delete"))) {
      record(unit, call, Optional.empty(), "cache." + method, first.map(a -> Keys.of(a, unit, evaluator)).orElse(KeyArg.NONE), CallOptions.NONE);
    }
  }

  private void bindingCall(ISwc4jAst call, Value.Binding b, String method, List<ISwc4jAst> args, FunctionUnit unit) {
    boolean service = b.type() == BindingType.SERVICE;
    if (!service && !OPERATIONS.getOrDefault(b.type(), Set.of()).contains(method)) {
      return;
    }
    String operation = service ? (method.equals("fetch") ? "fetch" : "rpc." + method) : method;
    KeyArg key = args.isEmpty() || b.type() == BindingType.QUEUE_PRODUCER ? KeyArg.NONE : Keys.of(args.get(0), unit, evaluator);
    Optional<String> sql = Optional.empty();
    boolean templated = false;
    boolean runsSql = b.type() == BindingType.D1_DATABASE && (method.equals("prepare") || method.equals("exec")) && !args.isEmpty();
    Map<String, Location> passedSql = runsSql ? textsPassedTo(args.get(0), unit) : Map.of();
    if (!passedSql.isEmpty()) {
      // a query helper (query(sql, params)): one operation per SQL text its callers pass
      passedSql.forEach((text, site) -> recordSql(unit, call, b, operation, Optional.of(text), false, CallOptions.sqlPassedAt(site)));
      return;
    }
    if (runsSql) {
      SqlText text = SqlText.of(args.get(0), unit, evaluator);
      sql = text.text();
      templated = text.templated();
      if (sql.isEmpty() || templated) {
        // SQL kept in a list and prepared one element at a time, or a template over a constant list: one operation per text
        Optional<Map<String, Location>> texts = new TextSets(evaluator).of(args.get(0), unit);
        if (texts.isPresent() && !texts.get().isEmpty()) {
          texts.get().forEach((t, site) -> recordSql(unit, call, b, operation, Optional.of(t), false, CallOptions.sqlPassedAt(site)));
          return;
        }
      }
    }
    Optional<String> model = b.type() == BindingType.AI && !args.isEmpty() && evaluator.eval(args.get(0), unit) instanceof Value.Text t
        ? Optional.of(t.text()) : Optional.empty();
    CallOptions options = CallOptions.written(optionKeys(args));
    // a read only tested for presence (a name checked to be free), or of a key the function then fills with what the
    // client sent (create unless taken), is no cache lookup, whatever its early return answers
    boolean existenceCheck = b.type() == BindingType.KV_NAMESPACE && method.startsWith("get") && (method.equals("get") && ExistenceChecks.is(call, unit)
        || Ast.call(call).filter(get -> RecordCreations.writesClientRecord(get, unit, evaluator)).isPresent());
    if (b.type() == BindingType.KV_NAMESPACE && method.startsWith("get") && !existenceCheck && CacheAside.isLookup(call, unit)) {
      options = options.asCacheLookup();
    }
    if (existenceCheck) {
      options = options.asExistenceCheck();
    }
    if (b.type() == BindingType.KV_NAMESPACE && method.equals("put") && args.size() > 2 && !(Ast.unwrap(args.get(2)) instanceof Swc4jAstObjectLit)) {
      // put(key, value, kvOptions()): the options may set expirationTtl
      options = options.withUnreadOptions();
    }
    if (b.type() == BindingType.KV_NAMESPACE && method.equals("put") && args.size() > 1
        && evaluator.eval(args.get(1), unit) instanceof Value.Blob blob) {
      options = options.withStoredBlob(blob.source());
    }
    if ((b.type() == BindingType.KV_NAMESPACE || b.type() == BindingType.R2_BUCKET) && method.equals("put") && args.size() > 1
        && SerialisedText.is(args.get(1), unit)) {
      options = options.withStoredText();
    }
    if (b.type() == BindingType.KV_NAMESPACE && method.equals("put") && !args.isEmpty()) {
      java.util.Optional<Location> read = ReadHelpers.readBefore(call, args.get(0), b, unit, evaluator);
      if (read.isPresent()) {
        options = options.withKeyReadAt(read.get());
      }
    }
    PlatformCall platformCall = new PlatformCall(Optional.of(b.name()), Optional.of(b.type()), operation, key, sql, templated, model, options);
    operations.add(new RawOperation(unit, call, platformCall, CallContext.of(call, unit, file(unit))));
  }

  /** The strings callers pass when {@code arg} is a plain parameter of this unit, else nothing. */
  private Map<String, Location> textsPassedTo(ISwc4jAst arg, FunctionUnit unit) {
    return Ast.identifier(arg).flatMap(unit::lookup)
        .filter(d -> d instanceof Declaration.Parameter p && p.path().isEmpty())
        .map(d -> (Declaration.Parameter) d)
        .map(p -> project.seededTexts(p.unit(), p.index()))
        .filter(texts -> texts.keySet().stream().noneMatch(TemplateStrings::isParts)) // a tag's strings are not one SQL text
        .orElse(Map.of());
  }

  private void construct(Swc4jAstNewExpr n, FunctionUnit unit) {
    if (evaluator.eval(n, unit) instanceof Value.Instance inst) {
      {
        project.classNamed(inst.className()).flatMap(c -> InheritedConstructors.of(c, project)).ifPresent(ctor -> {
          List<ISwc4jAst> args = n.getArgs().map(a -> a.stream().map(x -> (ISwc4jAst) x.getExpr()).toList()).orElse(List.of());
          edges.add(CallEdge.of(unit, ctor, CallContext.of(n, unit, file(unit)), n));
          Location at = Ast.location(file(unit), n);
          for (int i = 0; i < args.size(); i++) {
            int index = i;
            Value passed = evaluator.eval(args.get(i), unit);
            seed(p -> p.seed(ctor, index, passed, at));
          }
        });
      }
    }
  }

  /**
   * A tagged template whose tag is a project function ({@code const q = sqlOn(env.DB); await q`SELECT ...`}): a call of
   * the tag, whose first parameter receives the template's strings ({@link TemplateStrings}).
   */
  private void taggedTemplate(com.caoccao.javet.swc4j.ast.expr.Swc4jAstTaggedTpl tagged, FunctionUnit unit) {
    if (!(evaluator.eval(tagged.getTag(), unit) instanceof Value.Function f)) {
      return;
    }
    edges.add(CallEdge.of(unit, f.unit(), CallContext.of(tagged, unit, file(unit)), tagged));
    Location at = Ast.location(file(unit), tagged);
    Value strings = new Value.Text(TemplateStrings.parts(tagged.getTpl()));
    seed(p -> p.seed(f.unit(), 0, strings, at));
    seed(p -> p.seedText(f.unit(), 0, strings, at));
  }

  /** {@code caches.default}, {@code await caches.open(...)}, or a variable holding one (checked on the tree). */
  private static boolean isCache(ISwc4jAst obj, FunctionUnit unit) {
    ISwc4jAst node = Ast.unwrap(obj);
    if (node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr a) {
      node = Ast.unwrap(a.getArg());
    }
    if (node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr c) {
      node = Ast.unwrap(c.getCallee()); // caches.open("name")
    }
    if (node instanceof Swc4jAstMemberExpr m) {
      return Ast.identifier(m.getObj()).filter("caches"::equals).isPresent();
    }
    if (node instanceof Swc4jAstIdent id) {
      return unit.wholeVariable(id.getSym())
          .filter(v -> !(Ast.unwrap(v.init()) instanceof Swc4jAstIdent) && isCache(v.init(), v.scope())).isPresent();
    }
    return false;
  }

  /** Keys of an options object literal in any argument, once each in written order: {@code {expirationTtl: 60}} -> expirationTtl. */
  private static List<String> optionKeys(List<ISwc4jAst> args) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (ISwc4jAst arg : args) {
      if (Ast.unwrap(arg) instanceof Swc4jAstObjectLit o) {
        for (ISwc4jAst prop : o.getProps()) {
          if (prop instanceof Swc4jAstKeyValueProp kv) {
            Ast.name(kv.getKey()).ifPresent(out::add);
          } else if (prop instanceof Swc4jAstIdent shorthand) {
            out.add(shorthand.getSym());
          }
        }
      }
    }
    return List.copyOf(out);
  }

  @Override
  public void record(FunctionUnit unit, ISwc4jAst node, Optional<Value.Binding> b, String operation, KeyArg key, CallOptions options) {
    add(unit, node, new PlatformCall(b.map(Value.Binding::name), b.map(Value.Binding::type), operation, key, Optional.empty(), false,
        Optional.empty(), options));
  }

  /** An operation that sends SQL (a statement run, D1 or Durable Object SQL, a Drizzle chain). */
  @Override
  public void recordSql(FunctionUnit unit, ISwc4jAst node, Value.Binding b, String operation, Optional<String> sql, boolean templated,
      CallOptions options) {
    add(unit, node, new PlatformCall(Optional.of(b.name()), Optional.of(b.type()), operation, KeyArg.NONE, sql, templated,
        Optional.empty(), options));
  }

  private void add(FunctionUnit unit, ISwc4jAst node, PlatformCall call) {
    operations.add(new RawOperation(unit, node, call, CallContext.of(node, unit, file(unit))));
  }

  /**
   * A URL template that starts with the request's own origin ({@code `${url.origin}/api`}) or puts its own host right
   * after the scheme ({@code `https://${request.headers.get("host")}/isr`}).
   */
  private boolean ownOrigin(ISwc4jAst arg, FunctionUnit unit) {
    if (!(Ast.unwrap(arg) instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl tpl)) {
      return false;
    }
    for (int i = 0; i < tpl.getExprs().size() && i < tpl.getQuasis().size(); i++) {
      String before = tpl.getQuasis().get(i).getRaw();
      boolean hostPosition = (i == 0 && before.isEmpty()) || before.endsWith("://");
      if (hostPosition && evaluator.eval(tpl.getExprs().get(i), unit) instanceof Value.RequestOrigin) {
        return true;
      }
    }
    return false;
  }

  /** {@code while (true)}, {@code do ... while (true)} or {@code for (;;)}. */
  static boolean isInfiniteLoop(ISwc4jAst node) {
    if (node instanceof Swc4jAstWhileStmt w) {
      return Ast.unwrap(w.getTest()) instanceof Swc4jAstBool b && b.isValue();
    }
    if (node instanceof Swc4jAstDoWhileStmt d) {
      return Ast.unwrap(d.getTest()) instanceof Swc4jAstBool b && b.isValue();
    }
    return node instanceof Swc4jAstForStmt f && f.getTest().isEmpty();
  }

  private static String file(FunctionUnit unit) {
    return unit.module().relativePath();
  }
}
