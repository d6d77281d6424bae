const THIRTY_DAYS_MS = 30 * 24 * 3600 * 1000;

/** The download log keeps 30 days: the nightly cron deletes older rows. */
export async function pruneOldDownloads(env: Env): Promise<void> {
  await env.DB.prepare("DELETE FROM download_log WHERE at < ?").bind(Date.now() - THIRTY_DAYS_MS).run();
}
