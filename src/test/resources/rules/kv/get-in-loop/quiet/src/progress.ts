/** How far each background job has got, one KV key per job. */
export class JobProgress {
  static async read(env: Env, jobId: string) {
    // quiet: the consumer reads the key of each message it handles; the route that also reads it does so once, outside any loop
    return env.CACHE.get<{ percent: number }>(`progress:${jobId}`, "json");
  }

  static async write(env: Env, jobId: string, percent: number) {
    await env.CACHE.put(`progress:${jobId}`, JSON.stringify({ percent }), { expirationTtl: 3600 });
  }
}
