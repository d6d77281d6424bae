import { Readers } from "./readers";

export default {
  async fetch(request: Request, env: { DB: D1Database }): Promise<Response> {
    const id = new URL(request.url).searchParams.get("reader") ?? "";
    const readers = new Readers(env.DB);
    // quiet: the three promises are started together and awaited at once: one round trip's latency, not three
    const [reader, shelves, notes] = await Promise.all([readers.byId(id), readers.shelves(id), readers.notes(id)]);
    return Response.json({ reader, shelves: shelves.results, notes: notes.results });
  },
} satisfies ExportedHandler<{ DB: D1Database }>;
