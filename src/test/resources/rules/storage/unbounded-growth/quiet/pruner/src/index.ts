// Retention for the API Worker's page views: a nightly cron keeps 30 days.
export default {
  async scheduled(_controller: ScheduledController, env: Env) {
    const cutoff = Date.now() - 30 * 24 * 3600 * 1000;
    await env.BLOG_DB.prepare("DELETE FROM page_views WHERE viewed_at < ?").bind(cutoff).run();
  },
};
