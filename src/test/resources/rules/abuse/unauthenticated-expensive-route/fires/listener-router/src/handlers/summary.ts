declare const AI: Ai;

// Summarises the posted incident notes with a model: anyone who finds the URL can run it.
export async function summarise(request: Request): Promise<Response> {
  const notes = await request.text();
  // expect: abuse/unauthenticated-expensive-route
  const out = await AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise: ${notes}` });
  return Response.json(out);
}
