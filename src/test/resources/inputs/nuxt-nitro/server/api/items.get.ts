export default defineEventHandler(async (event) => {
  const { keys } = await event.context.cloudflare.env.KV.list({ prefix: "item:" });
  return keys;
});
