package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import java.util.Optional;
import java.util.Set;

/**
 * Payloads of the Fetch API that are binary or whole documents ({@link Value.Blob}): {@code request.body} (a stream),
 * {@code x.arrayBuffer()}, {@code x.blob()}, {@code x.bytes()} and {@code file.stream()} of any body or file, and the
 * body or text of a response a {@code fetch()} returned ({@code const page = await fetch(url); page.text()}), and a page
 * a headless browser rendered ({@code page.screenshot()}, {@code page.pdf()}).
 * JSON and the request's text are not: they are small structured data in practice.
 */
final class BlobValues implements Convention {
  private static final Set<String> WHOLE = Set.of("arrayBuffer", "blob", "bytes");
  private static final Set<String> REQUEST_NAMES = Set.of("request", "req", "rawRequest");
  private static final Set<String> REQUEST_MEMBERS = Set.of("req", "request", "raw");

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    if (node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("body"::equals).isPresent()) {
      ISwc4jAst obj = Ast.unwrap(m.getObj());
      if (isRequest(obj)) {
        return Optional.of(new Value.Blob("the request body"));
      }
      return fetched(obj, unit) ? Optional.of(new Value.Blob("a fetched response's body")) : Optional.empty();
    }
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isPresent() && rendered(call.get(), evaluator)) {
      return Optional.of(new Value.Blob("a screenshot or PDF a headless browser rendered"));
    }
    if (call.isEmpty() || !call.get().args().isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)) {
      return Optional.empty();
    }
    String method = Ast.propName(m).orElse("");
    ISwc4jAst obj = Ast.unwrap(m.getObj());
    if (WHOLE.contains(method)) {
      return Optional.of(new Value.Blob((isRequest(obj) ? "the request body" : fetched(obj, unit) ? "a fetched response's body"
          : "a body or file") + " read whole with " + method + "()"));
    }
    if (method.equals("stream")) {
      return Optional.of(new Value.Blob("a stream"));
    }
    return method.equals("text") && fetched(obj, unit) ? Optional.of(new Value.Blob("a fetched page read with text()")) : Optional.empty();
  }

  /**
   * {@code page.screenshot({ fullPage: true })} or {@code page.pdf()} in a Worker bound to Browser Rendering: an image or
   * document of the whole page, megabytes for a long one.
   */
  private static boolean rendered(Ast.Call call, Evaluator evaluator) {
    return call.unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(RENDERS::contains).isPresent()
        && !evaluator.project().bindingsOfType(dev.cfscale.facts.config.BindingType.BROWSER).isEmpty();
  }

  private static final Set<String> RENDERS = Set.of("screenshot", "pdf");

  /** {@code request}, {@code c.req.raw}, {@code context.request}. */
  private static boolean isRequest(ISwc4jAst node) {
    if (node instanceof Swc4jAstIdent id) {
      return REQUEST_NAMES.contains(id.getSym());
    }
    return node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(REQUEST_MEMBERS::contains).isPresent();
  }

  /** A variable initialised with the response of a global {@code fetch(...)} ({@code const res = await fetch(url)}). */
  private static boolean fetched(ISwc4jAst node, FunctionUnit unit) {
    if (!(node instanceof Swc4jAstIdent id)) {
      return false;
    }
    return unit.wholeVariable(id.getSym()).filter(v -> isFetchCall(v.init(), unit)).isPresent();
  }

  private static boolean isFetchCall(ISwc4jAst init, FunctionUnit unit) {
    ISwc4jAst node = Ast.unwrap(init);
    if (node instanceof Swc4jAstAwaitExpr a) {
      node = Ast.unwrap(a.getArg());
    }
    Optional<Ast.Call> call = Ast.call(node);
    return call.isPresent() && call.get().unwrappedCallee() instanceof Swc4jAstIdent callee && callee.getSym().equals("fetch")
        && unit.lookup("fetch").isEmpty();
  }
}
