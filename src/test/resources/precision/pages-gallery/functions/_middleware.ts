interface Env { SESSIONS: KVNamespace }

export const onRequest: PagesFunction<Env> = async (context) => {
  const cookie = context.request.headers.get("cookie") ?? "";
  const sid = /sid=([a-z0-9]+)/.exec(cookie)?.[1];
  if (sid) {
    const session = await context.env.SESSIONS.get(`s:${sid}`, "json");
    context.data.user = session;
  }
  return context.next();
};
