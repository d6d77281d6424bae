// Wraps a handler: the returned closure runs the one handler its route passed.
export function adapt(handler: (request: Request, env: Env) => Promise<Response>) {
  return async (c: any): Promise<Response> => handler(c.req.raw, c.env);
}
