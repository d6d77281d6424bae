// A relay that passes browser error reports on to the error tracker named by a configured DSN, and a
// metrics push whose host is a var: the hosts are not written in the code, but both leave for a remote origin.
type Env = { REPORTS_DSN: string; METRICS_HOST: string };

async function relayReport(request: Request, env: Env): Promise<Response> {
  const report = await request.text();
  const dsn = new URL(env.REPORTS_DSN);
  const target = `https://${dsn.hostname}/api${dsn.pathname}/store/`;
  // expect: resilience/external-fetch-without-timeout contains: the host in `dsn.hostname`
  const forwarded = await fetch(target, { method: "POST", body: report });
  return new Response(null, { status: forwarded.status });
}

async function pushMetric(request: Request, env: Env): Promise<Response> {
  const line = await request.text();
  // expect: resilience/external-fetch-without-timeout contains: the host in `env.METRICS_HOST`
  const res = await fetch("https://" + env.METRICS_HOST + "/write", { method: "POST", body: line });
  return new Response(null, { status: res.status });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === "/metrics") return pushMetric(request, env);
    return relayReport(request, env);
  },
};
