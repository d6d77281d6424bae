type Turn = { role: "user" | "assistant"; content: string };
type Thread = { messages: Turn[] };

/** Tags every turn of a stored chat thread with a topic. */
export async function tagThread(env: Env, threadId: string): Promise<void> {
  const thread = await env.RESULTS.get<Thread>(`thread:${threadId}`, "json");
  if (!thread) {
    return;
  }
  const tagged = [];
  // quiet: a chat history named messages is not a delivered batch: the consumer's own loop settles each message
  for (const turn of thread.messages) {
    tagged.push({ ...turn, topic: await env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: turn.content }) });
  }
  await summarise(env, tagged);
}

async function summarise(env: Env, messages: Turn[]): Promise<void> {
  // quiet: a parameter named messages that callers fill with chat turns
  await Promise.all(messages.map((m) => env.AI.run("@cf/meta/llama-3.1-8b-instruct", { prompt: m.content })));
}
