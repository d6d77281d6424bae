declare const AI: Ai;
declare const BOARD_KEY: string;

// Summarises the posted incident notes with a model, for callers holding the board's key.
export async function summarise(request: Request): Promise<Response> {
  if (request.headers.get("x-board-key") !== BOARD_KEY) return new Response("forbidden", { status: 403 });
  const notes = await request.text();
  const out = await AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise: ${notes}` });
  return Response.json(out);
}
