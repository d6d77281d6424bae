type Event = { device: string; tenant: string; kind: string; at: number };

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
    const events = await request.json<Event[]>();
    const limits = await env.CONFIG.get("limits", { type: "json", cacheTtl: 60 });
    for (const e of events) {
      // TP: one queue message per event instead of sendBatch
      // expect: queues/send-in-loop
      await env.EVENTS.send(e);
      env.METRICS.writeDataPoint({ blobs: [e.tenant, e.kind], doubles: [1], indexes: [e.tenant] });
    }
    ctx.waitUntil(touchDevices(env, events));
    return Response.json({ accepted: events.length, limits });
  },

  async queue(batch: MessageBatch<Event>, env: Env) {
    const stmts = batch.messages.map((m) =>
      env.DB.prepare("INSERT INTO rollups (tenant, day, events) VALUES (?, ?, 1) ON CONFLICT(tenant, day) DO UPDATE SET events = events + 1")
        .bind(m.body.tenant, new Date(m.body.at).toISOString().slice(0, 10)));
    await env.DB.batch(stmts);
    batch.ackAll();
  },

  async scheduled(controller: ScheduledController, env: Env) {
    // nightly: prune devices not seen for 30 days, in bounded chunks
    for (let round = 0; round < 100; round++) {
      // TP (medium, off the request path): last_seen is not indexed, so every round scans the devices table
      const res = await env.DB
        // expect: d1/full-table-scan
        .prepare("DELETE FROM devices WHERE last_seen < ? LIMIT 1000").bind(Date.now() - 30 * 86400000).run();
      if (res.meta.changes === 0) break;
    }
    await env.CONFIG.put("last-prune", new Date().toISOString());
  },
} satisfies ExportedHandler<Env>;

async function touchDevices(env: Env, events: Event[]) {
  const seen = new Map<string, Event>();
  for (const e of events) seen.set(e.device, e);
  // TP: one upsert per device (N+1) in the deferred path
  await Promise.all([...seen.values()].map((e) =>
    env.DB.prepare("INSERT INTO devices (id, tenant, last_seen) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET last_seen = excluded.last_seen")
      // expect: d1/query-in-loop
      .bind(e.device, e.tenant, e.at).run()));
}
