// The same relay done carefully, and the near-misses of a host read at run time.
type Env = { REPORTS_DSN: string; METRICS_HOST: string };

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const report = await request.text();
    const dsn = new URL(env.REPORTS_DSN);
    // quiet: bounded by an abort signal
    const forwarded = await fetch(`https://${dsn.hostname}/api/store/`, { method: "POST", body: report, signal: AbortSignal.timeout(2000) });
    // quiet: deferred with waitUntil, the response does not wait on it
    ctx.waitUntil(fetch("https://" + env.METRICS_HOST + "/write", { method: "POST", body: "relayed 1" }));
    // quiet: the Worker's own host, read from the incoming request (a call to itself, another rule's concern)
    const own = new URL(request.url);
    const status = `https://${own.host}/status`;
    const health = await fetch(status);
    // quiet: plain http with a host from a var is usually a local or private address
    const sidecar = await fetch(`http://${env.METRICS_HOST}:9091/ready`);
    return new Response(null, { status: forwarded.ok && health.ok && sidecar.ok ? 202 : 502 });
  },
};
