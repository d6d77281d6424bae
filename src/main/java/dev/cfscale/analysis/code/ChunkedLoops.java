package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstAssignOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForStmt;
import java.util.Optional;
import java.util.Set;

/**
 * A loop over a collection in chunks: {@code for (let i = 0; i < ids.length; i += 50) { const batch = ids.slice(i, i +
 * 50); ... }}. Each iteration handles one chunk with one call ({@code WHERE id IN (...batch)}): that is the batching,
 * not a repetition per item.
 */
final class ChunkedLoops {
  private static final Set<String> CHUNK_METHODS = Set.of("slice", "splice", "subarray");

  private ChunkedLoops() {}

  /** True when {@code loop} steps its counter by more than one and its body takes a chunk starting at the counter. */
  static boolean byChunk(Swc4jAstForStmt loop) {
    return loop.getUpdate().flatMap(ChunkedLoops::counterSteppedByChunk).filter(i -> takesChunkAt(loop.getBody(), i)).isPresent();
  }

  /** {@code i += step} with a step other than the literal 1: the counter's name. */
  private static Optional<String> counterSteppedByChunk(ISwc4jAst update) {
    if (!(Ast.unwrap(update) instanceof Swc4jAstAssignExpr a) || a.getOp() != Swc4jAstAssignOp.AddAssign
        || (Ast.unwrap(a.getRight()) instanceof Swc4jAstNumber n && n.getValue() == 1)) {
      return Optional.empty();
    }
    return a.getLeft() instanceof Swc4jAstBindingIdent b ? Optional.of(b.getId().getSym()) : Ast.identifier(a.getLeft());
  }

  /** A call {@code xs.slice(i, ...)} anywhere in {@code node}. */
  private static boolean takesChunkAt(ISwc4jAst node, String counter) {
    if (node instanceof Swc4jAstCallExpr call && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter(CHUNK_METHODS::contains).isPresent() && !call.getArgs().isEmpty()
        && Ast.identifier(call.getArgs().get(0).getExpr()).filter(counter::equals).isPresent()) {
      return true;
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && takesChunkAt(child, counter)) {
        return true;
      }
    }
    return false;
  }
}
