import { seatsFor } from "~lib/seats";

export default {
  async fetch(request: Request, env: { SEATS: KVNamespace }): Promise<Response> {
    const ids = new URL(request.url).searchParams.getAll("seat");
    return Response.json(await seatsFor(env.SEATS, ids));
  },
};
