package dev.cfscale.analysis.code.conventions;

import dev.cfscale.analysis.code.Convention;
import java.util.List;

/**
 * Every framework and runtime convention the code engine knows, listed by hand (no classpath scanning).
 * The order is the order entry points are listed in within a module. To teach cfscale a framework
 * (Kysely, workers-qb, Prisma, SvelteKit, a singleton's {@code getInstance()}), write one class
 * implementing {@link Convention}, add it here, and add a fixture under {@code src/test/resources/inputs/}.
 */
public final class Conventions {
  private Conventions() {}

  private static final List<Convention> ALL = List.of(
      // how the Workers runtime enters the code
      new ModuleHandlers(),
      new NitroHandlers(),
      new EntrypointClasses(),
      new PagesFunctions(),
      new RouteModules(),
      new RouteFileExports(),
      new NextPages(),
      new AstroPages(),
      new AstroActions(),
      new ServiceWorkerListeners(),
      new Routers(),
      new CloudflareActors(),
      new AgentsSdk(),
      new NextServerActions(),
      new TanStackStart(),
      new TrpcProcedures(),
      new PartyServer(),
      new PartyServerHibernation(),
      new SelfErasingObjects(),
      // values and operations frameworks and runtime APIs give
      new HonoContext(),
      new RequestLocals(),
      new ContextFactoryValues(),
      new HonoRequestInputs(),
      new H3RequestInputs(),
      new ValidatedInputs(),
      new DurableObjectSql(),
      new DurableObjectStorage(),
      new NuxtHubDatabase(),
      new NuxtHubStorage(),
      new MemoizingWrappers(),
      new PacingWrappers(),
      new Drizzle(),
      new Kysely(),
      new Prisma(),
      new WorkersQb(),
      new AgentsSql(),
      new AgentWorkflows(),
      new AgentState(),
      new AgentMcpServers(),
      new ActorsPersist(),
      new QueueMessages(),
      new BodyReads(),
      new AiSdk(),
      new LegacyAiClient(),
      new PaidApiClients(),
      new EmailBindingHandOff(),
      new BrowserLaunches(),
      new BlobValues(),
      new YjsDocuments(),
      // what the code does with its credentials: checks that pass when one is unset, the env sent to the client
      new FailOpenAuthChecks(),
      new GuessableBasicAuth(),
      new EnvironmentResponses(),
      // what stands between a client and the code: checks, middleware, connection hooks
      new RequestAuthChecks(),
      new RouteMiddlewareGuards(),
      new PagesMiddlewareGuards(),
      new FrameworkMiddlewareGuards(),
      new FrontAppGuards(),
      new PathSecretGuards(),
      new SlackSignedHandlers(),
      new ClientCallableClasses(),
      // names frameworks import implicitly
      new NitroAutoImports());

  /** The conventions, stateless and shared by every analysis. */
  public static List<Convention> all() {
    return ALL;
  }
}
