import { getCloudflareContext } from "@opennextjs/cloudflare";
export async function GET(req: Request) {
  const { env } = await getCloudflareContext({ async: true });
  const author = new URL(req.url).searchParams.get("author");
  const { results } = await env.DB.prepare("SELECT id, slug FROM posts WHERE author = ? AND published = 1").bind(author).all();
  return Response.json(results);
}
