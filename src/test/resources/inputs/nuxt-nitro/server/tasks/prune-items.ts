// A Nitro task: nuxt.config's nitro.scheduledTasks runs it from a Cron Trigger.
export default defineTask({
  meta: { name: "prune-items", description: "drop expired items" },
  async run({ context }) {
    const listed = await context.cloudflare.env.KV.list({ prefix: "item:" });
    for (const key of listed.keys) {
      await context.cloudflare.env.KV.delete(key.name);
    }
    return { result: listed.keys.length };
  },
});
