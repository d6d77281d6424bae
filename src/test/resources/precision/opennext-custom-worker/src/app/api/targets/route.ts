import { getDb } from "../../../lib/db";

// which short codes point at a target: links has no index on target
export async function GET(request: Request) {
  const target = new URL(request.url).searchParams.get("url");
  // expect: d1/full-table-scan
  const { results } = await getDb().prepare("SELECT code FROM links WHERE target = ? LIMIT 20").bind(target).all();
  return Response.json(results);
}
