import { Env, execute, queryAll, queryFirst } from "../lib/db";
import { readSetting, writeSetting } from "../lib/settings";

interface Link {
  id: number;
  slug: string;
  target: string;
}

export async function resolve(env: Env, slug: string): Promise<Response> {
  const link = await queryFirst<Link>(env, "SELECT id, target FROM links WHERE slug = ?", slug);
  if (!link) {
    return new Response("not found", { status: 404 });
  }
  await execute(env, "UPDATE links SET clicks = clicks + 1 WHERE id = ?", link.id);
  return Response.redirect(link.target, 302);
}

export async function listForOwner(env: Env, ownerId: string): Promise<Response> {
  const links = await queryAll<Link>(env,
    "SELECT id, slug, target FROM links WHERE owner_id = ? ORDER BY created_at DESC LIMIT 50", [ownerId]);
  return Response.json(links);
}

export async function search(env: Env, term: string): Promise<Response> {
  // expect: d1/full-table-scan
  const links = await queryAll<Link>(env, "SELECT id, slug FROM links WHERE target = ? LIMIT 20", [term]);
  return Response.json(links);
}

export async function create(env: Env, ownerId: string, slug: string, target: string): Promise<Response> {
  await execute(env, "INSERT INTO links (slug, target, owner_id, created_at) VALUES (?, ?, ?, ?)", slug, target, ownerId, Date.now());
  const banner = await readSetting(env, "banner");
  const quota = await readSetting(env, `quota:${ownerId}`);
  await writeSetting(env, `last-slug:${ownerId}`, slug);
  return Response.json({ slug, banner, quota }, { status: 201 });
}
