package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;

/**
 * Cloudflare's "transform images in a Worker" shape: a Worker on an image route fetches its own URL with
 * {@code cf: { image: {...} }}; the resizing service then fetches the original through the same route, and the Worker
 * answers that second request (which carries {@code Via: image-resizing}) with the stored original instead of resizing
 * again. Such a fetch of the Worker's own URL is a transformation with a loop guard, not a recursion. Without the guard
 * it does loop, so both halves are required: the function builds (or reads) the image options, and its module reads
 * the {@code Via} header.
 */
final class ImageResizingFetches {
  private static final Object READS_VIA = new Object();

  private ImageResizingFetches() {}

  /** True when {@code unit} (which fetches its own URL) asks for an image transformation and its module guards the loop. */
  static boolean guardedTransform(FunctionUnit unit) {
    return readsViaHeader(unit.module()) && unit.ownCodeHas(unit.node(), ImageResizingFetches::imageOption);
  }

  /** {@code cf: { image: ... }} written in an object, or {@code options.cf.image} read. */
  private static boolean imageOption(ISwc4jAst node) {
    if (node instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter("cf"::equals).isPresent()) {
      return Ast.unwrap(kv.getValue()) instanceof Swc4jAstObjectLit o && Ast.keyValue(o, "image").isPresent();
    }
    return node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("image"::equals).isPresent()
        && Ast.unwrap(m.getObj()) instanceof Swc4jAstMemberExpr cf && Ast.propName(cf).filter("cf"::equals).isPresent();
  }

  /** The module reads the request's {@code Via} header ({@code request.headers.get("via")}), once per module and run. */
  private static boolean readsViaHeader(SourceModule module) {
    return module.derived(READS_VIA, m -> m.calls().stream().anyMatch(ImageResizingFetches::getsVia));
  }

  private static boolean getsVia(Swc4jAstCallExpr call) {
    if (!(Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m) || Ast.propName(m).filter("get"::equals).isEmpty()
        || !(Ast.unwrap(m.getObj()) instanceof Swc4jAstMemberExpr headers)
        || Ast.propName(headers).filter("headers"::equals).isEmpty()) {
      return false;
    }
    return !call.getArgs().isEmpty() && Ast.unwrap(call.getArgs().get(0).getExpr()) instanceof Swc4jAstStr s
        && s.getValue().equalsIgnoreCase("via");
  }
}
