// not a hot path? it is a route module like any other: only the URL says admin, and React Router
// file names do not carry the URL prefix reliably, so reads here are fine and no write is made
export async function loader({ context }) {
  return { flags: await context.cloudflare.env.KV.get("flags") };
}
