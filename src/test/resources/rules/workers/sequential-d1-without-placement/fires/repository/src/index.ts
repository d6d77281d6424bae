import { Readers } from "./readers";

export default {
  async fetch(request: Request, env: { DB: D1Database }): Promise<Response> {
    const id = new URL(request.url).searchParams.get("reader") ?? "";
    const readers = new Readers(env.DB);
    // expect: workers/sequential-d1-without-placement contains: awaits 3 D1 queries
    const reader = await readers.byId(id);
    const shelves = await readers.shelves(id);
    const notes = await readers.notes(id);
    return Response.json({ reader, shelves: shelves.results, notes: notes.results });
  },
} satisfies ExportedHandler<{ DB: D1Database }>;
