// Pages runs the functions of an exported array in order, each calling context.next() for the following one
const timing: PagesFunction<{ NOTES: KVNamespace }> = async (context) => {
  const started = Date.now();
  const response = await context.next();
  response.headers.set("server-timing", `total;dur=${Date.now() - started}`);
  return response;
};

async function rememberVisit(context: EventContext<{ NOTES: KVNamespace }, string, unknown>) {
  await context.env.NOTES.put(`visit:${new URL(context.request.url).pathname}`, String(Date.now()), { expirationTtl: 3600 });
  return context.next();
}

export const onRequest = [timing, rememberVisit];
