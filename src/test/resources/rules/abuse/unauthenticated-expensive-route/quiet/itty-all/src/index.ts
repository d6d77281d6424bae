import { AutoRouter, error } from "itty-router";

const withTeamKey = (request: Request, env: Env) => {
  if (request.headers.get("x-team-key") !== env.TEAM_KEY) {
    return error(401, "team key required");
  }
};

const router = AutoRouter();
// itty-router runs this first for every /api/ path: a response from it ends the request
router.all("/api/*", withTeamKey);
router.post("/api/ask", async (request, env: Env) =>
  // quiet: the all("/api/*") handler registered before answers 401 without the team key
  env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await request.text() }));

export default router;
