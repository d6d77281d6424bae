// a React Router loader runs on every page view
export async function loader({ context }) {
  // expect: kv/constant-key-write
  await context.cloudflare.env.KV.put("last-visit", String(Date.now()));
  return { ok: true };
}
export default function Home() { return <div>home</div>; }
