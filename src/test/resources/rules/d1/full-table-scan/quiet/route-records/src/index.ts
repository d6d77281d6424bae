import { itemsByVendor } from "./api";

// The records are listed, and a record picked from the list is only asked for its description.
const endpoints = [itemsByVendor()];

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const name = new URL(request.url).pathname.split("/")[2];
    const found = endpoints.find((e) => e.path === name);
    return new Response(found ? found.describe() : "not found");
  },
} satisfies ExportedHandler<Env>;
