import { Actor, Persist } from "@cloudflare/actors";

// A persisted field that every request pushes onto: the library saves the whole field as one value each time.
export class VisitLog extends Actor<Env> {
  @Persist
  public history: { visits: number[] } = { visits: [] };

  async fetch(request: Request): Promise<Response> {
    // expect: storage/unbounded-growth contains: a @Persist field
    this.history.visits.push(Date.now());
    return Response.json({ visits: this.history.visits.length });
  }
}
