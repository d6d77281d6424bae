import { CommandRouter } from "./commands";

interface Env {
  AI: Ai;
}

// Looks like a Slack app, but the router is the project's own and nobody verifies the Slack signature.
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const app = new CommandRouter();
    app.command("/standup", async (text) => {
      // expect: abuse/unauthenticated-expensive-route contains: runs a model
      const answer = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise this stand-up: ${text}` });
      return JSON.stringify(answer);
    });
    return app.run(request);
  },
};
