import { itemsByVendor, vendor } from "./api";

// A hand-written router: the endpoint records are pushed onto a list, the request's path picks one by index
// and its handler answers, so every record's handler is on the request path.
const endpoints: Array<any> = [];
endpoints.push(itemsByVendor());
endpoints.push(vendor());

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const name = new URL(request.url).pathname.split("/")[2];
    const at = endpoints.map((e) => e.path).indexOf(name);
    if (at < 0) {
      return new Response("not found", { status: 404 });
    }
    return Response.json(await endpoints[at].handler(request, env));
  },
} satisfies ExportedHandler<Env>;
