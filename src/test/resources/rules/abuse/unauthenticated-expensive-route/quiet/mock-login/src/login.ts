import { Hono } from "hono";

const login = new Hono<{ Bindings: Env & { OAUTH_PROVIDER: any } }>();

// the provider's callback: the code is exchanged upstream (PKCE), and the grant names the user the provider returned
login.get("/callback", async (c) => {
  const request = JSON.parse(atob(c.req.query("state") ?? ""));
  const exchange = await fetch("https://idp.example.com/oauth/token", {
    method: "POST",
    body: new URLSearchParams({ code: c.req.query("code") ?? "", client_id: "docs-search", code_verifier: c.req.query("verifier") ?? "" }),
  });
  const { user } = (await exchange.json()) as { user: { id: string } };
  const { redirectTo } = await c.env.OAUTH_PROVIDER.completeAuthorization({
    request,
    userId: user.id,
    metadata: {},
    scope: request.scope,
    props: { userId: user.id },
  });
  return c.redirect(redirectTo);
});

export default login;
