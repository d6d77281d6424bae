// A factory that builds the handler object the Worker exports.
export function createWorker(prefix: string) {
  return {
    async fetch(request: Request, env: Env): Promise<Response> {
      const flag = await env.FLAGS.get(`${prefix}:${new URL(request.url).pathname}`);
      return new Response(flag ?? "off");
    },
    async scheduled(_event: ScheduledController, env: Env) {
      await env.JOBS.send({ kind: "sweep", prefix });
    },
  };
}
