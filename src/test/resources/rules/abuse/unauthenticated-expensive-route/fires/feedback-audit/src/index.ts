export default {
  async queue(batch: MessageBatch<{ id: string; at: number }>): Promise<void> {
    // counted in the logs only
    console.log(`audited ${batch.messages.length} feedback messages`);
    batch.ackAll();
  },
} satisfies ExportedHandler<Env>;
