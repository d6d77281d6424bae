import { Actor, Entrypoint, handler } from "@cloudflare/actors";

export class Scores extends Actor<Env> {
  async add(a: number, b: number): Promise<number> {
    return a + b;
  }
}

export class Visits extends Actor<Env> {
  static async nameFromRequest(request: Request): Promise<string | undefined> {
    // expect: durable-objects/singleton-on-hot-path contains: Visits.nameFromRequest returns the constant "all"
    return "all";
  }

  async fetch(request: Request): Promise<Response> {
    // expect: durable-objects/singleton-on-hot-path contains: Scores.get('leaderboard')
    const total = await Scores.get('leaderboard').add(1, 2);
    return new Response(String(total));
  }
}

export default handler(Visits, {
  // expect: durable-objects/singleton-on-hot-path contains: "_cf_actors"
  track: { enabled: true },
});
