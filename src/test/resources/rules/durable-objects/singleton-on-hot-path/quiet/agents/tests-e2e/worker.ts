export { Notes } from "../src/server";

export default {
  // quiet: an end-to-end harness Worker sees no user traffic
  async fetch(request: Request, env: Env): Promise<Response> {
    const stub = env.Notes.get(env.Notes.idFromName("e2e"));
    return stub.fetch(request);
  },
} satisfies ExportedHandler<Env>;
