import { createApp } from "./app";
export { Files } from "./files";

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext) {
    const app = createApp();
    return app.fetch(request, env, ctx);
  },
};
