import { classify } from "./classify";

type Feedback = { id: string; text: string };

export default {
  async queue(batch: MessageBatch<Feedback>, env: Env): Promise<void> {
    for (const message of batch.messages) {
      const label = await classify(env, message.body.text);
      await env.LABELS.put(`label:${message.body.id}`, label, { expirationTtl: 86_400 });
      message.ack();
    }
  },
} satisfies ExportedHandler<Env, Feedback>;
