// The context factory lives in its own module: procedures read ctx.prefs and ctx.user.
export function createContext(env: { PREFS: KVNamespace }, request: Request) {
  const user = request.headers.get("x-user");
  return { prefs: env.PREFS, user };
}
