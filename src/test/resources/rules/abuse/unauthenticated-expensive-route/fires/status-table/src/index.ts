import { StatusCodes } from "http-status-codes";

interface Env {
  AI: Ai;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const body = await request.json<{ text?: string }>();
    if (!body.text) {
      // a status from the table, but one that refuses a malformed body, not the caller
      return new Response("text is required", { status: StatusCodes.BAD_REQUEST });
    }
    // expect: abuse/unauthenticated-expensive-route contains: runs a model
    const answer = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise the deploy log: ${body.text}` });
    return Response.json(answer);
  },
};
