async function catchErrors(context) {
  try {
    return await context.next();
  } catch (err) {
    return new Response("internal error", { status: 500 });
  }
}

function decodeBasic(request) {
  const [scheme, encoded] = (request.headers.get("Authorization") ?? "").split(" ");
  if (scheme !== "Basic" || !encoded) return null;
  const [user, pass] = atob(encoded).split(":");
  return { user, pass };
}

// without ADMIN_USER set in the dashboard every /admin function is public
async function requireAdmin(context) {
  // expect: secrets/auth-fails-open contains: `ADMIN_USER` is not set
  if (typeof context.env.ADMIN_USER === "undefined" || context.env.ADMIN_USER === "") {
    return context.next();
  }
  const given = decodeBasic(context.request);
  if (!given || given.user !== context.env.ADMIN_USER || given.pass !== context.env.ADMIN_PASS) {
    return new Response("login required", { status: 401, headers: { "WWW-Authenticate": 'Basic realm="admin"' } });
  }
  return context.next();
}

export const onRequest = [catchErrors, requireAdmin];
