export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const body = await request.text();
    await env.BUCKET.put(`uploads/${crypto.randomUUID()}.json`, body);  // quiet: a unique key per upload
    const day = new Date().toISOString().slice(0, 10);
    await env.BUCKET.put(`logs/${day}/${crypto.randomUUID()}.json`, body);  // quiet: a date prefix plus a unique part is not a hot key
    return new Response("stored");
  },
  async scheduled(controller: ScheduledController, env: Env) {
    await env.BUCKET.put("reports/daily.json", JSON.stringify({ at: Date.now() }));  // quiet: a cron writing a constant key once a day is fine
  },
} satisfies ExportedHandler<Env>;
