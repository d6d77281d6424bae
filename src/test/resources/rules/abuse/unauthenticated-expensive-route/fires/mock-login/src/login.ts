import { Hono } from "hono";

const login = new Hono<{ Bindings: Env & { OAUTH_PROVIDER: any } }>();

// a placeholder sign-in: any address and password are accepted
login.post("/authorize", async (c) => {
  const form = await c.req.parseBody();
  const request = await c.env.OAUTH_PROVIDER.parseAuthRequest(c.req.raw);
  const { redirectTo } = await c.env.OAUTH_PROVIDER.completeAuthorization({
    request,
    userId: form.email,
    metadata: {},
    scope: request.scope,
    props: { email: form.email },
  });
  return c.redirect(redirectTo);
});

export default login;
