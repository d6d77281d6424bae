import { AutoRouter, error } from "itty-router";

const withTeamKey = (request: Request, env: Env) => {
  if (request.headers.get("x-team-key") !== env.TEAM_KEY) {
    return error(401, "team key required");
  }
};

const router = AutoRouter();
router.post("/api/ask", async (request, env: Env) =>
  // expect: abuse/unauthenticated-expensive-route
  env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: await request.text() }));
// registered after the route: itty-router has already answered /api/ask by then
router.all("/api/*", withTeamKey);

export default router;
