package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the bytes a body read returns go to a zip reader: {@code unzipSync(new Uint8Array(await obj.arrayBuffer()))}, or
 * {@code const zipData = await obj.arrayBuffer(); ... JSZip.loadAsync(zipData)} / {@code ZipExtractor.extract(zipData)} in
 * the same function. A zip's central directory is at the end of the file, so the readers Workers code uses (fflate, JSZip,
 * a project's own extractor over them) take the whole archive: buffering it is what unpacking costs, not a missed stream.
 * A gzip or tar stream is not a zip: it can be unpacked as it streams ({@code DecompressionStream}).
 */
final class ZipReads {
  private static final int MAX_WRAPPERS = 6;

  private ZipReads() {}

  /** True when the result of {@code read} (a body read call in {@code unit}) is handed to a zip reader. */
  static boolean unpacked(ISwc4jAst read, FunctionUnit unit) {
    ISwc4jAst value = read;
    for (int hops = 0; hops < MAX_WRAPPERS && value.getParent() != null; hops++) {
      ISwc4jAst parent = value.getParent();
      if (parent instanceof Swc4jAstExprOrSpread arg && arg.getParent() instanceof Swc4jAstCallExpr call) {
        return zipReader(call.getCallee());
      }
      if (parent instanceof Swc4jAstExprOrSpread arg && arg.getParent() instanceof Swc4jAstNewExpr made) {
        value = made; // new Uint8Array(await obj.arrayBuffer())
        continue;
      }
      if (parent instanceof Swc4jAstVarDeclarator d && d.getName() instanceof Swc4jAstBindingIdent id) {
        return handedToReader(id.getId().getSym(), unit);
      }
      if (!(parent instanceof Swc4jAstAwaitExpr || parent instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr
          || parent instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsAsExpr)) {
        return false;
      }
      value = parent;
    }
    return false;
  }

  /** A local holding the bytes is an argument of a zip reader somewhere in the function's own code. */
  private static boolean handedToReader(String local, FunctionUnit unit) {
    return unit.ownCodeHas(unit.node(), node -> node instanceof Swc4jAstCallExpr call && zipReader(call.getCallee())
        && call.getArgs().stream().anyMatch(a -> holds(a.getExpr(), local)));
  }

  /** {@code local}, or {@code new Uint8Array(local)}. */
  private static boolean holds(ISwc4jAst arg, String local) {
    ISwc4jAst a = Ast.unwrap(arg);
    if (a instanceof Swc4jAstNewExpr made) {
      return made.getArgs().filter(args -> args.size() == 1 && holds(args.get(0).getExpr(), local)).isPresent();
    }
    return a instanceof Swc4jAstIdent id && id.getSym().equals(local);
  }

  /** A callee named for zip reading: {@code unzipSync}, {@code JSZip.loadAsync}, {@code ZipExtractor.extractFiles}. */
  private static boolean zipReader(ISwc4jAst callee) {
    ISwc4jAst c = Ast.unwrap(callee);
    Optional<String> name = c instanceof Swc4jAstMemberExpr m
        ? Ast.identifier(m.getObj()).map(o -> o + "." + Ast.propName(m).orElse("")) : Ast.identifier(c);
    return name.map(n -> n.toLowerCase(Locale.ROOT)).filter(n -> n.contains("zip") && !n.contains("gzip") && !n.contains("gunzip"))
        .isPresent();
  }
}
