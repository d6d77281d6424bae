type Env = { EVENTS: KVNamespace; WEBHOOK_SECRET: string };

async function signatureValid(body: string, signature: string | null, secret: string): Promise<boolean> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body));
  const hex = [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return signature === `sha256=${hex}`;
}

export async function receiveEvent(request: Request, env: Env): Promise<Response> {
  const body = await request.text();
  // the signature is only verified once the secret has been put: until then anyone can post events
  // expect: secrets/auth-fails-open contains: `WEBHOOK_SECRET` is not set
  if (env.WEBHOOK_SECRET) {
    const valid = await signatureValid(body, request.headers.get("x-signature-256"), env.WEBHOOK_SECRET);
    if (!valid) {
      return new Response("invalid signature", { status: 401 });
    }
  }
  const event = JSON.parse(body) as { id: string };
  await env.EVENTS.put(`event:${event.id}`, body, { expirationTtl: 86400 });
  return new Response("accepted", { status: 202 });
}
