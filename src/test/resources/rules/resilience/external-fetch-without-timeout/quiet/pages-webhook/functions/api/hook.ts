import { postReply } from "../../lib/notify";

type Update = { chat: number; text: string };
type Context = { request: Request; env: { BOT_TOKEN: string }; waitUntil: (p: Promise<unknown>) => void };

// The webhook acknowledges at once and posts the reply in the background (the context's waitUntil, destructured).
export async function onRequestPost(context: Context) {
  const { request, env, waitUntil } = context;
  const update = (await request.json()) as Update;
  waitUntil(postReply(env.BOT_TOKEN, update.chat, `echo: ${update.text}`));
  return new Response("ok");
}
