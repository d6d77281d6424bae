export default defineEventHandler(async (event) => {
  const env = event.context.cloudflare.env;
  const views = Number((await env.KV.get("views")) ?? 0) + 1;
  await env.KV.put("views", String(views));
  return { views };
});
