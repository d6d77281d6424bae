package dev.cfscale.analysis.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import dev.cfscale.analysis.code.conventions.Conventions;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.parse.ts.TsParser;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A workspace package reached by two Workers is parsed once per run, and each Worker's facts are what
 * analysing that Worker alone gives (STORE is KV in one, R2 in the other; each passes its own keys).
 */
class SharedModulesTest {
  private static final Path ROOT = Path.of("src/test/resources/inputs/shared-packages").toAbsolutePath();

  @Test
  void sharedPackage_isParsedOnce_acrossWorkers() {
    CodeAnalyzer analyzer = new CodeAnalyzer(new TsParser(), Conventions.all());
    analyzer.analyse(request("links", BindingType.KV_NAMESPACE));
    int afterFirst = analyzer.parsedFiles();
    analyzer.analyse(request("files", BindingType.R2_BUCKET));
    // links: its index.ts and the package; files: only its own index.ts is new
    assertThat(afterFirst).isEqualTo(2);
    assertThat(analyzer.parsedFiles()).isEqualTo(3);
  }

  @Test
  void eachWorker_seesTheSharedModule_asIfAnalysedAlone() {
    CodeAnalyzer shared = new CodeAnalyzer(new TsParser(), Conventions.all());
    var links = shared.analyse(request("links", BindingType.KV_NAMESPACE)).facts();
    var files = shared.analyse(request("files", BindingType.R2_BUCKET)).facts();
    assertThat(files).isEqualTo(new CodeAnalyzer(new TsParser(), Conventions.all()).analyse(request("files", BindingType.R2_BUCKET)).facts());
    assertThat(links.operations()).extracting(o -> o.binding().orElse("") + " " + o.operation() + " " + o.key().text())
        .contains("STORE put \"last-visit\"");
    assertThat(files.operations()).extracting(o -> o.binding().orElse("") + " " + o.operation() + " " + o.key().shape())
        .contains("STORE put DYNAMIC");
    assertThat(CliRun.of("inspect", ROOT.toString()).out())
        .contains("packages/store/src/index.ts:4:15 STORE put key=CONSTANT:\"last-visit\"")
        .contains("packages/store/src/index.ts:4:15 STORE put key=DYNAMIC:key loop=LOOP(via call)");
  }

  private static CodeAnalyzer.Request request(String app, BindingType store) {
    Path dir = ROOT.resolve("apps").resolve(app);
    return new CodeAnalyzer.Request(ROOT, dir, Optional.of(dir.resolve("src/index.ts")), false, Map.of("STORE", store), Set.of(),
        p -> ROOT.relativize(p).toString());
  }
}
