import { SiteService } from "./services/sites";
import { DashboardService } from "./services/dashboard";
import { recordAudit, recordLookup, countAudit } from "./audit";
import { bump } from "./counters";

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/dashboard") {
      const owner = url.searchParams.get("owner") ?? "";
      return Response.json(await new DashboardService(env).listFor(owner));
    }
    const sites = new SiteService(env);
    const site = await sites.byHostname(url.hostname);
    ctx.waitUntil(sites.countVisit(url.hostname));
    await recordAudit.call(null, env.AUDIT, url.hostname);
    await recordLookup.apply(undefined, [env.AUDIT, url.hostname]);
    await bump(env.VISITS, `hits:${url.hostname}`);
    await countAudit(env, url.hostname);
    return Response.json(site);
  },
};
