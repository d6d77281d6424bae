package dev.cfscale.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.parse.deploy.WorkflowReader;
import dev.cfscale.parse.deploy.WranglerCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowReaderTest {

  @Test
  void runScript_cdLineMovesTheCommandsAfterIt(@TempDir Path root) throws Exception {
    // a repository whose root config is a Pages site and whose Worker lives in worker/, built by one CI step
    Path workflows = Files.createDirectories(root.resolve(".github/workflows"));
    Files.writeString(workflows.resolve("deploy.yml"), """
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - name: Build worker
                run: |
                  npm install
                  cd worker
                  npx wrangler deploy src/index.ts --outdir dist --dry-run
              - name: Upload site
                run: npx wrangler pages deploy out --project-name site
        """);
    List<WranglerCommand> commands = WorkflowReader.read(root);
    assertThat(commands).extracting(WranglerCommand::workingDirectory).containsExactly("worker", "");
    assertThat(commands.get(0).entry()).hasValue("src/index.ts");
  }
}
