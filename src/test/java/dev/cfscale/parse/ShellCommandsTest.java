package dev.cfscale.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.parse.deploy.ShellCommands;
import dev.cfscale.parse.deploy.WranglerCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deploy scripts are read word by word, as sh splits them; nothing is run. */
class ShellCommandsTest {

  @Test
  void deploy_withEntryEnvAndVars_afterCd() {
    List<WranglerCommand> commands = ShellCommands.parse(
        "pnpm build && cd apps/api && npx wrangler deploy --minify src/index.ts -e production --var VERSION:$SHA --var \"MODE:live run\"",
        "package.json", 7, "");
    assertThat(commands).singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo("deploy");
      assertThat(c.deploys()).isTrue();
      assertThat(c.entry()).hasValue("src/index.ts");
      assertThat(c.environment()).hasValue("production");
      assertThat(c.varNames()).containsExactly("VERSION", "MODE");
      assertThat(c.workingDirectory()).isEqualTo("apps/api");
      assertThat(c.line()).isEqualTo(7);
    });
  }

  @Test
  void flagValues_areNotMistakenForTheEntry() {
    assertThat(ShellCommands.parse("wrangler deploy --config wrangler.prod.toml --outdir dist.js", "p", 1, ""))
        .singleElement().satisfies(c -> {
          assertThat(c.entry()).isEmpty();
          assertThat(c.config()).hasValue("wrangler.prod.toml");
        });
  }

  @Test
  void secretPut_andPagesDevBindings() {
    assertThat(ShellCommands.parse("echo $T | wrangler secret put API_TOKEN --env staging", "p", 1, ""))
        .singleElement().satisfies(c -> {
          assertThat(c.action()).isEqualTo("secret put");
          assertThat(c.secretNames()).containsExactly("API_TOKEN");
          assertThat(c.environment()).hasValue("staging");
        });
    assertThat(ShellCommands.parse("npx wrangler pages dev ./ --kv \"img_url\" --d1 DB=abc --binding USER=admin --port 8080", "p", 1, ""))
        .singleElement().satisfies(c -> assertThat(c.bindings()).extracting(WranglerCommand.CommandBinding::name)
            .containsExactly("img_url", "DB", "USER"));
  }

  @Test
  void nonWranglerCommands_giveNothing() {
    assertThat(ShellCommands.parse("changeset publish && vitest run", "p", 1, "")).isEmpty();
  }
}
