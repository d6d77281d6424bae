import { createPubSubServer } from "partysub/server";

const { PubSubServer, routePubSubRequest } = createPubSubServer({ binding: "PubSub", nodes: 100 });

export { PubSubServer };

// quiet: this router spreads one room over many nodes, unlike routePartykitRequest
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await routePubSubRequest(request, env)) || new Response("Not found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
