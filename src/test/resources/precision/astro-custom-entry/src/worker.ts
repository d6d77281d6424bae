import { handle } from "@astrojs/cloudflare/handler";

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    return handle(request, env, ctx);
  },
  async scheduled(_controller: ScheduledController, env: Env) {
    await env.DB.prepare("DELETE FROM notes WHERE created_at < ?").bind(Date.now() - 365 * 86400000).run();
  },
} satisfies ExportedHandler<Env>;
