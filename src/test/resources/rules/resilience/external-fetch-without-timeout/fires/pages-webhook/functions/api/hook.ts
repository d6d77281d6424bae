import { postReply } from "../../lib/notify";

type Update = { chat: number; text: string };

// The webhook answers only after the reply is posted: the chat service waits on the bot API through us.
export async function onRequestPost({ request, env }: { request: Request; env: { BOT_TOKEN: string } }) {
  const update = (await request.json()) as Update;
  await postReply(env.BOT_TOKEN, update.chat, `echo: ${update.text}`);
  return new Response("ok");
}
