// a form action of the wiki: summarises a page with Workers AI
export async function action({ request, context }) {
  const form = await request.formData();
  // quiet: the Hono app in front of React Router asks every request for the team's password
  const summary = await context.cloudflare.env.AI.run("@cf/meta/llama-3.1-70b-instruct", { prompt: String(form.get("page")) });
  return { summary };
}
export default function Summarise() { return <form method="post" />; }
