import { withErrorReporting } from "@acme/errors";

async function fetch(request: Request, env: Env): Promise<Response> {
  return new Response((await env.FLAGS.get(new URL(request.url).pathname)) ?? "off");
}

// export default wrap({ fetch }): the wrapper's argument holds the handlers
const worker = withErrorReporting({ fetch });
export default worker;
