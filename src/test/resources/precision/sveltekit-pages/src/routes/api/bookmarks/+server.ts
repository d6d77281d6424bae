import { json } from "@sveltejs/kit";
import { bookmarksRepo } from "$lib/server/bookmarks";

export async function GET({ platform }) {
  const repo = bookmarksRepo(platform!.env.DB);
  return json(await repo.everything());
}

export const POST = async ({ request, platform }) => {
  const tags: string[] = await request.json();
  for (const tag of tags) {
    // expect: d1/query-in-loop
    await platform?.env.DB.prepare("UPDATE tags SET uses = uses + 1 WHERE name = ?").bind(tag).run();
  }
  return json({ ok: true });
};
