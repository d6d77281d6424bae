import type { ActionFunctionArgs } from "@remix-run/cloudflare";

export async function action({ context, request }: ActionFunctionArgs) {
  const votes: { id: string; stars: number }[] = await request.json();
  for (const vote of votes) {
    // expect: d1/query-in-loop
    await context.cloudflare.env.DB.prepare("UPDATE recipes SET stars = stars + ? WHERE id = ?").bind(vote.stars, vote.id).run();
  }
  return null;
}
