// any visitor can ask for a product description
export async function action({ request, context }) {
  const form = await request.formData();
  // expect: abuse/unauthenticated-expensive-route
  const text = await context.cloudflare.env.AI.run("@cf/meta/llama-3.1-70b-instruct", { prompt: String(form.get("product")) });
  return { text };
}
export default function Describe() { return <form method="post" />; }
