type Job = { id: string; text: string };

export default {
  async queue(batch: MessageBatch<Job>, env: Env): Promise<void> {
    for (const message of batch.messages) {
      // quiet: a malformed body cannot be fixed by retrying: skipping it is right
      if (typeof message.body?.text !== "string") {
        console.error("invalid message", message.id);
        message.ack();
        continue;
      }
      try {
        const result = await env.AI.run("@cf/meta/llama-3.1-8b-instruct-fp8-fast", { prompt: message.body.text });
        await env.RESULTS.put(message.body.id, JSON.stringify(result), { expirationTtl: 86400 });
        message.ack();
      } catch (error) {
        message.retry({ delaySeconds: 30 });
      }
    }
  },
} satisfies ExportedHandler<Env, Job>;

// quiet: a catch that acknowledges only a parse error, with no call to another service in its try
export function parseOrAck(message: Message<string>): unknown {
  try {
    return JSON.parse(message.body);
  } catch {
    message.ack();
    return undefined;
  }
}
