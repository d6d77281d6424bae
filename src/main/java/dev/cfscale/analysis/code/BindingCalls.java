package dev.cfscale.analysis.code;

import dev.cfscale.facts.code.KeyArg;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Optional;

/**
 * What calls on a binding return, as far as later calls care: {@code DB.prepare(sql)} a statement,
 * {@code NS.idFromName(name)} an id, {@code NS.get(id)} a stub, {@code BUCKET.get(key)} an object whose
 * body can be read, {@code BUCKET.createMultipartUpload(key)} an upload whose parts are written, {@code AI.autorag(name)} the binding again (its {@code aiSearch()} runs models). Everything else is UNKNOWN.
 */
final class BindingCalls {
  private BindingCalls() {}

  static Value result(Value.Binding b, String method, Optional<ISwc4jAst> first, FunctionUnit unit, Evaluator evaluator) {
    switch (b.type()) {
      case D1_DATABASE:
        if (method.equals("prepare")) {
          SqlText sql = first.map(a -> SqlText.of(a, unit, evaluator)).orElse(SqlText.NONE);
          return new Value.Statement(b, sql.text(), sql.templated());
        }
        return method.equals("withSession") ? b : Value.UNKNOWN;
      case DURABLE_OBJECT:
        return durableObject(b, method, first, unit, evaluator);
      case R2_BUCKET:
        if (method.equals("createMultipartUpload") || method.equals("resumeMultipartUpload")) {
          return new Value.R2MultipartUpload(b, first.map(a -> Keys.of(a, unit, evaluator)).orElse(KeyArg.NONE));
        }
        return method.equals("get") ? new Value.R2Object(b) : Value.UNKNOWN;
      case AI:
        // env.AI.autorag("docs") is an AI Search instance of the binding: its aiSearch() runs the binding's models
        return method.equals("autorag") ? b : Value.UNKNOWN;
      default:
        return Value.UNKNOWN;
    }
  }

  private static Value durableObject(Value.Binding b, String method, Optional<ISwc4jAst> first, FunctionUnit unit, Evaluator evaluator) {
    switch (method) {
      case "idFromName":
      case "idFromString":
        return new Value.DurableObjectId(b, first.map(a -> Keys.of(a, unit, evaluator)).orElse(KeyArg.NONE));
      case "newUniqueId":
        return new Value.DurableObjectId(b, new KeyArg(KeyArg.Shape.DYNAMIC, "newUniqueId()"));
      case "get": {
        Value id = first.map(a -> evaluator.eval(a, unit)).orElse(Value.UNKNOWN);
        KeyArg key = id instanceof Value.DurableObjectId d ? d.name() : new KeyArg(KeyArg.Shape.DYNAMIC, "");
        return new Value.DurableObjectStub(b, key);
      }
      case "getByName":
        return new Value.DurableObjectStub(b, first.map(a -> Keys.of(a, unit, evaluator)).orElse(KeyArg.NONE));
      case "jurisdiction":
        return b;
      default:
        return Value.UNKNOWN;
    }
  }
}
