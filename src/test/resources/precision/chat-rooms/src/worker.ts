import { AutoRouter, error } from "itty-router";
import { ChatRoom } from "./room";
import { moderate } from "./moderation";

export { ChatRoom };

const router = AutoRouter();

router.get("/rooms/:room/ws", (request, env: Env) => {
  if (request.headers.get("upgrade") !== "websocket") return error(426, "expected websocket");
  return env.ROOMS.getByName(request.params.room).fetch(request);
});

router.get("/rooms/:room/history", async (request, env: Env) => {
  const before = Number(request.query.before ?? Date.now());
  const { results } = await env.ARCHIVE
    .prepare("SELECT author, body, sent_at FROM messages WHERE room = ? AND sent_at < ? ORDER BY sent_at DESC LIMIT 50")
    .bind(request.params.room, before)
    .all();
  return results;
});

router.get("/rooms/:room/flagged", async (request, env: Env) => {
  // TP: no index on flagged; this scans the archive
  const { results } = await env.ARCHIVE
    // expect: d1/full-table-scan
    .prepare("SELECT id, body FROM messages WHERE flagged = 1 AND author = ?")
    .bind(request.query.author)
    .all();
  return results;
});

router.get("/presence", async (request, env: Env) => {
  const rooms = String(request.query.rooms ?? "").split(",").filter(Boolean);
  // one bulk read for all rooms
  const counts = await env.PRESENCE.get(rooms.map((r) => `presence:${r}`), "json");
  return Object.fromEntries(counts);
});

export default {
  fetch: router.fetch,
  async queue(batch: MessageBatch<{ room: string; body: string; author: string }>, env: Env) {
    const verdicts = await Promise.all(batch.messages.map((m) => moderate(env, m.body.body)));
    const stmts = batch.messages.map((m, i) =>
      env.ARCHIVE.prepare("INSERT INTO messages (room, author, body, flagged, sent_at) VALUES (?, ?, ?, ?, ?)")
        .bind(m.body.room, m.body.author, m.body.body, verdicts[i] ? 1 : 0, Date.now()));
    await env.ARCHIVE.batch(stmts);
    batch.ackAll();
  },
} satisfies ExportedHandler<Env>;
