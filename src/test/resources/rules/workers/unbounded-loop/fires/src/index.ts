export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    let count = 0;
    // expect: workers/unbounded-loop
    while (true) {
      count++;
      for (const x of [1, 2, 3]) {
        if (x === count) break;
      }
    }
    return new Response(String(count));
  },
} satisfies ExportedHandler<Env>;
