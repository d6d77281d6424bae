package dev.cfscale.analysis;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.InheritanceGap;
import dev.cfscale.facts.config.QueueConsumer;
import dev.cfscale.facts.config.Setting;
import dev.cfscale.facts.config.Var;
import dev.cfscale.facts.config.WorkerEnvironment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfscale.parse.config.ConfigFile;
import dev.cfscale.parse.config.ConfigFileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Environment resolution follows wrangler: test vector 6.1 of shared/reference/wrangler-config.md. */
class WorkerModelBuilderTest {
  private static final Path ENVS = Path.of("src/test/resources/inputs/envs/wrangler.jsonc");

  private static WorkerConfig build(Optional<String> env) throws Exception {
    ConfigFile file = new ConfigFileReader().read(ENVS, "wrangler.jsonc");
    return new WorkerModelBuilder().build(file, List.of(), env);
  }

  @Test
  void staging_inheritsInheritableKeys_andLosesBindings() throws Exception {
    WorkerEnvironment staging = build(Optional.of("staging")).environments().get(0);
    assertThat(staging.workerName()).isEqualTo("api-staging");
    assertThat(staging.main().flatMap(Setting::asText)).contains("src/index.ts");
    assertThat(staging.cpuLimit().flatMap(Setting::asLong)).contains(50L);
    assertThat(staging.compatibilityDate().flatMap(Setting::asText)).contains("2025-01-01");
    // observability is replaced whole: logs.enabled only, the top-level "enabled" is gone
    assertThat(staging.observability()).hasValueSatisfying(o -> {
      assertThat(o.enabled()).isEmpty();
      assertThat(o.logsEnabled()).contains(true);
    });
    assertThat(staging.bindings()).extracting(Binding::name).containsExactly("DB");
    assertThat(staging.bindings(BindingType.D1_DATABASE).get(0).text("database_id")).contains("d1-stg");
    assertThat(staging.queueConsumers()).isEmpty();
    assertThat(staging.vars()).extracting(Var::name).containsExactly("LEVEL");
    assertThat(staging.inheritanceGaps()).extracting(InheritanceGap::key).containsExactlyInAnyOrder("kv_namespaces", "queues");
  }

  @Test
  void withoutEnv_topLevelAndEveryEnvironmentAreBuilt() throws Exception {
    WorkerConfig config = build(Optional.empty());
    assertThat(config.environments()).extracting(WorkerEnvironment::environmentLabel).containsExactly("top-level", "staging");
    WorkerEnvironment top = config.environments().get(0);
    assertThat(top.bindings()).extracting(Binding::name).containsExactly("CACHE", "DB");
    assertThat(top.queueConsumers()).extracting(QueueConsumer::queue).containsExactly("jobs");
    assertThat(top.queueConsumers().get(0).number("max_batch_size").flatMap(Setting::asLong)).contains(50L);
    assertThat(top.inheritanceGaps()).isEmpty();
  }

  @Test
  void unknownEnvironment_isRejectedLikeWrangler() {
    assertThatThrownBy(() -> build(Optional.of("production"))).isInstanceOf(UnknownEnvironmentException.class)
        .hasMessageContaining("\"production\"");
  }

  @Test
  void locations_pointAtTheKeysInTheFile() throws Exception {
    WorkerEnvironment top = build(Optional.empty()).environments().get(0);
    assertThat(top.bindings().get(0).location().line()).isEqualTo(12);
    assertThat(top.cpuLimit().orElseThrow().location().line()).isEqualTo(9);
  }
}
