import { HTTPException } from "hono/http-exception";
import type { Context } from "hono";

/** Stops the request with 403 unless the caller presents the operator's passphrase. */
export async function confirmOperator(c: Context<{ Bindings: Env }>): Promise<void> {
  const body = await c.req.raw.clone().json<{ passphrase?: string }>();
  if (body.passphrase !== c.env.OPERATOR_PASSPHRASE) {
    throw new HTTPException(403, { message: "operators only" });
  }
}
