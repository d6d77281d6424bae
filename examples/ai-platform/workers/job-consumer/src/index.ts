interface Env {
  AI: Ai;
  DB: D1Database;
}

export default {
  async queue(batch: MessageBatch<{ projectId: string; prompt: string }>, env: Env): Promise<void> {
    for (const message of batch.messages) {
      const result = await env.AI.run("@cf/meta/llama-3.1-8b-instruct-fp8-fast", { prompt: message.body.prompt });
      await env.DB.prepare("UPDATE projects SET summary = ? WHERE id = ?")
        .bind(JSON.stringify(result), message.body.projectId)
        .run();
      message.ack();
    }
  },
} satisfies ExportedHandler<Env>;
