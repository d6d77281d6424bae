import { Agent, callable, routeAgentRequest } from "agents";
import { DurableObject } from "cloudflare:workers";
import * as Y from "yjs";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname.startsWith("/sheets/")) {
      return env.SHEETS.get(env.SHEETS.idFromName(url.pathname.slice(8))).fetch(request);
    }
    if (url.pathname.startsWith("/boards/")) {
      return env.BOARDS.get(env.BOARDS.idFromName(url.pathname.slice(8))).fetch(request);
    }
    if (url.pathname.startsWith("/notes/")) {
      return env.NOTEBOOKS.get(env.NOTEBOOKS.idFromName(url.pathname.slice(7))).fetch(request);
    }
    return (await routeAgentRequest(request, env)) ?? new Response("not found", { status: 404 });
  },
};

type Headline = { id: string; from: string; subject: string; receivedAt: number };

// Letters live one per row; the state keeps the last 50 headlines, which are small.
export class Mailroom extends Agent<Env, { recent: Headline[]; count: number }> {
  initialState = { recent: [], count: 0 };

  @callable()
  async receive(from: string, subject: string, html: string) {
    const id = crypto.randomUUID();
    this.sql`INSERT INTO letters (id, sender, subject, html) VALUES (${id}, ${from}, ${subject}, ${html})`;
    const headline = { id, from, subject, receivedAt: Date.now() };
    this.setState({
      ...this.state,
      recent: [...this.state.recent.slice(-49), headline], // quiet: capped at 50 items with no large field
      count: this.state.count + 1,
    });
  }
}

export interface Jingle {
  id: string;
  title: string;
  voiceoverAudio: string;
}

// Audio goes to R2; the state keeps only the last 20 titles and object keys.
export class JingleBooth extends Agent<Env, { jingles: { id: string; title: string; audioKey: string }[] }> {
  initialState = { jingles: [] };

  @callable()
  async save(jingle: Jingle) {
    const audioKey = `jingles/${jingle.id}.mp3`;
    await this.env.AUDIO.put(audioKey, jingle.voiceoverAudio);
    const entry = { id: jingle.id, title: jingle.title, audioKey };
    this.setState({ ...this.state, jingles: [...this.state.jingles.slice(-19), entry] }); // quiet: a capped list of small entries
  }
}

// The document is saved in chunks below the row cap, one row each.
export class SharedSheet extends DurableObject<Env> {
  doc = new Y.Doc();

  async fetch(request: Request): Promise<Response> {
    Y.applyUpdate(this.doc, new Uint8Array(await request.arrayBuffer()));
    const bytes = Y.encodeStateAsUpdate(this.doc);
    this.ctx.storage.sql.exec("DELETE FROM sheet_chunks WHERE sheet = ?", "main");
    for (let offset = 0, seq = 0; offset < bytes.length; offset += CHUNK_BYTES, seq++) {
      // quiet: each row holds one chunk of the document
      this.ctx.storage.sql.exec("INSERT INTO sheet_chunks (sheet, seq, data) VALUES (?, ?, ?)", "main", seq, bytes.subarray(offset, offset + CHUNK_BYTES));
    }
    return new Response("saved");
  }
}

const CHUNK_BYTES = 512 * 1024;

type Shape = { id: string; kind: string; points: number[] };

// One storage key per shape.
export class Whiteboard extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const shape = (await request.json()) as Shape;
    await this.ctx.storage.put(`shape:${shape.id}`, shape); // quiet: per-item keys
    return new Response("ok");
  }
}

// One key per note on the key-value backend, each far below its cap.
export class Notebook extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const id = crypto.randomUUID();
    await this.ctx.storage.put(`note:${id}`, { id, bodyHtml: await request.text() }); // quiet: per-item keys
    return new Response("noted");
  }
}
