import { getCloudflareContext } from "@opennextjs/cloudflare";

export async function GET(request: Request) {
  const { env } = getCloudflareContext();
  const code = new URL(request.url).searchParams.get("code");
  // quiet: looked up through the unique index on code
  const link = await env.DB.prepare("SELECT target FROM links WHERE code = ?").bind(code).first();
  // expect: d1/full-table-scan
  const { results: recent } = await env.DB.prepare("SELECT at FROM clicks WHERE link_code = ? ORDER BY at DESC LIMIT 10").bind(code).all();
  return Response.json({ link, recent });
}
