export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    let attempt = 0;
    while (true) {  // quiet: a while(true) that returns or throws
      const res = await fetch("https://api.example.com/status");
      if (res.ok) return res;
      if (++attempt >= 5) throw new Error("upstream down");
    }
  },
  async scheduled(controller: ScheduledController, env: Env) {
    for (;;) {  // quiet: a for(;;) that breaks when the batch is empty
      const batch = await env.DB.prepare("DELETE FROM sessions WHERE expires < ? LIMIT 500").bind(Date.now()).run();
      if (batch.meta.changes === 0) break;
    }
  },
} satisfies ExportedHandler<Env>;
