// one function, not an array: the same entry as before
export const onRequest: PagesFunction<{ NOTES: KVNamespace }> = async (context) => {
  if (context.request.headers.get("x-admin-key") === null) {
    return new Response("forbidden", { status: 403 });
  }
  return context.next();
};
