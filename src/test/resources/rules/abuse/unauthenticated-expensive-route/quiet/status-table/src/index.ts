import { StatusCodes, getReasonPhrase } from "http-status-codes";

interface Env {
  AI: Ai;
  HOOK_TOKEN: string;
}

// the chat tool posts its shared token in the body; the name says "read", not "check"
async function readHook(request: Request, token: string): Promise<{ text: string } | undefined> {
  const body = await request.json<{ token: string; text: string }>();
  return body.token === token ? { text: body.text } : undefined;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const hook = await readHook(request, env.HOOK_TOKEN);
    if (!hook) {
      // the refusal is written with the status table's name, not the number
      return new Response(getReasonPhrase(StatusCodes.UNAUTHORIZED), { status: StatusCodes.UNAUTHORIZED });
    }
    // quiet: only a caller holding the hook token gets past the 401 above
    const answer = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise the deploy log: ${hook.text}` });
    return Response.json(answer);
  },
};
