package dev.cfscale.cli;

import dev.cfscale.analysis.workload.WorkloadExtractor;
import dev.cfscale.parse.config.TomlConfigReader;
import dev.cfscale.parse.config.WranglerSchema;
import dev.cfscale.parse.ts.TsParser;
import dev.cfscale.platform.PlatformFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What a command that reads a project needs before it looks at the project, loaded on a second thread while the
 * first builds picocli's model of the command line (a third of a small audit's start, and picocli cannot be
 * archived for class-data sharing): the facts file and wrangler's schema (Jackson reads both, so its classes are
 * ready too), the workload defaults (YAML), when the folder has a {@code wrangler.toml} tomlj's parser tables, and
 * the TypeScript parser's native library.
 * Each preloaded value is handed out once; a later caller (a test running the CLI again in one JVM) loads its own,
 * and a failure here is forgotten: the caller's own load reports it.
 */
final class Preload {
  private static final Set<String> READING_COMMANDS = Set.of("audit", "report", "inspect", "plan", "cost", "fix");
  private static final AtomicReference<CompletableFuture<PlatformFacts>> PLATFORM = new AtomicReference<>();
  private static final AtomicReference<CompletableFuture<WranglerSchema>> SCHEMA = new AtomicReference<>();

  private Preload() {}

  /** Starts loading when {@code args} run a command that reads a project. */
  static void start(String... args) {
    String command = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    if (!READING_COMMANDS.contains(command)) {
      return;
    }
    CompletableFuture<PlatformFacts> platform = new CompletableFuture<>();
    CompletableFuture<WranglerSchema> schema = new CompletableFuture<>();
    PLATFORM.set(platform);
    SCHEMA.set(schema);
    Thread loader = new Thread(() -> {
      complete(platform, PlatformFacts::load);
      complete(schema, WranglerSchema::load);
      warm(WorkloadExtractor::defaults);
      warm(() -> {
        if (Stream.concat(Arrays.stream(args).filter(a -> !a.startsWith("-")), Stream.of("."))
            .anyMatch(a -> Files.isRegularFile(Path.of(a).resolve("wrangler.toml")))) {
          new TomlConfigReader().read("name = \"warm\"");
        }
      });
      // the TypeScript parser's native library and syntax-tree classes: loading them is the first parse's cost,
      // paid here while discovery and config reading run (else every Worker thread waits on the first file)
      warm(() -> new TsParser().parse("warm.ts", "export const warm = 1;"));
    }, "cfscale-preload");
    loader.setDaemon(true);
    loader.start();
  }

  /** The facts file, preloaded or loaded now. */
  static PlatformFacts platformFacts() {
    return take(PLATFORM, PlatformFacts::load);
  }

  /** Wrangler's schema, preloaded or loaded now. */
  static WranglerSchema wranglerSchema() {
    return take(SCHEMA, WranglerSchema::load);
  }

  private static <T> T take(AtomicReference<CompletableFuture<T>> preloaded, Supplier<T> load) {
    CompletableFuture<T> future = preloaded.getAndSet(null);
    if (future != null) {
      try {
        return future.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof VirtualMachineError vm) {
          throw vm; // out of memory on the second thread: reported as if this one had run out
        }
        // load again below, so the failure is reported where it always was
      }
    }
    return load.get();
  }

  private static <T> void complete(CompletableFuture<T> future, Supplier<T> load) {
    try {
      future.complete(load.get());
    } catch (RuntimeException | Error e) {
      future.completeExceptionally(e);
    }
  }

  private interface Warmup {
    void run() throws Exception;
  }

  private static void warm(Warmup step) {
    try {
      step.run();
    } catch (Exception | Error e) {
      // only classes and tables were to be made ready: the real call does the work and reports any failure
    }
  }
}
