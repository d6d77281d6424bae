import { captionImage } from "./caption";
import { captionPriority } from "./priority";

type Event = { key: string };

export default {
  async queue(batch: MessageBatch<Event>, env: Env): Promise<void> {
    if (batch.queue === "jobs-urgent") {
      return captionPriority(batch, env);
    }
    if (batch.queue === "jobs-priority") {
      return captionAll(batch.messages, env);
    }
    // expect: queues/consumer-throws-whole-batch
    for (const message of batch.messages) {
      await captionImage(env, message.body.key);
    }
  },
} satisfies ExportedHandler<Env, Event>;

// an untyped helper: what its one caller passes makes its parameter the delivered messages
async function captionAll(messages, env) {
  // expect: queues/consumer-throws-whole-batch
  for (const message of messages) {
    const caption = await env.AI.run("@cf/llava-hf/llava-1.5-7b-hf", { image: [], prompt: message.body.key });
    await env.RESULTS.put(message.body.key, JSON.stringify(caption), { expirationTtl: 86400 });
  }
}
