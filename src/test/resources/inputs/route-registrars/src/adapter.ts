// Wraps a handler: the returned closure runs the one handler its route passed.
export function withUser(handler: (request: Request, env: Env, user: string) => Promise<Response>) {
  return async (c: any) => {
    const user = c.req.header("x-user") ?? "anonymous";
    return handler(c.req.raw, c.env, user);
  };
}
