async function requireAdmin(context) {
  if (!context.env.ADMIN_USER || !context.env.ADMIN_PASS) {
    return new Response("admin is disabled until ADMIN_USER and ADMIN_PASS are set", { status: 503 }); // quiet: fails closed
  }
  const expected = "Basic " + btoa(`${context.env.ADMIN_USER}:${context.env.ADMIN_PASS}`); // quiet: only runs with both set
  if (context.request.headers.get("Authorization") !== expected) {
    return new Response("login required", { status: 401, headers: { "WWW-Authenticate": 'Basic realm="admin"' } });
  }
  return context.next();
}

export const onRequest = [requireAdmin];
