// @ts-ignore: built by `opennextjs-cloudflare build`
import { default as handler } from "./.open-next/worker.js";

export default {
  fetch: handler.fetch,
  async scheduled(_event: ScheduledController, env: CloudflareEnv) {
    // expect: d1/full-table-scan
    await env.DB.prepare("DELETE FROM clicks WHERE at < ?").bind(Date.now() - 86400000).run();
  },
} satisfies ExportedHandler<CloudflareEnv>;
