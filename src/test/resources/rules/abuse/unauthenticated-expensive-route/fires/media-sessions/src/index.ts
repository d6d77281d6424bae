import { MediaClient, type Env } from "./media";

export default {
  // the credential is in headers the client's getter builds
  // expect: abuse/unauthenticated-expensive-route contains: calls a paid API on the owner's key
  async fetch(request: Request, env: Env): Promise<Response> {
    if (new URL(request.url).pathname !== "/ingest") {
      return new Response("not found", { status: 404 });
    }
    const id = await new MediaClient(env).openSession();
    return new Response(id, { status: 201 });
  },
} satisfies ExportedHandler<Env>;
