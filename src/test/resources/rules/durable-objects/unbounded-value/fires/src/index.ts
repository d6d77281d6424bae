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

type Letter = { id: string; from: string; subject: string; html: string; receivedAt: number };

// Keeps "only" the last 20 letters, but each one carries its whole HTML body: 20 newsletters pass 2 MB.
export class Mailroom extends Agent<Env, { letters: Letter[]; count: number }> {
  initialState = { letters: [], count: 0 };

  @callable()
  async receive(from: string, subject: string, html: string) {
    const letter = { id: crypto.randomUUID(), from, subject, html, receivedAt: Date.now() };
    // expect: durable-objects/unbounded-value contains: cut to a number of items, each item carrying `html` (HTML)
    this.setState({
      ...this.state,
      letters: [...this.state.letters.slice(-19), letter],
      count: this.state.count + 1,
    });
  }
}

export interface Jingle {
  id: string;
  title: string;
  voiceoverAudio: string;
}

// Every saved jingle keeps its base64 audio in the state, with no cap at all.
export class JingleBooth extends Agent<Env, { jingles: Jingle[] }> {
  initialState = { jingles: [] };

  @callable()
  async save(jingle: Jingle) {
    // expect: durable-objects/unbounded-value contains: a list with no cap, each item carrying `voiceoverAudio` (audio)
    this.setState({ ...this.state, jingles: [...this.state.jingles, jingle] });
  }
}

// The whole shared document, every edit ever made, goes into one BLOB.
export class SharedSheet extends DurableObject<Env> {
  doc = new Y.Doc();

  async fetch(request: Request): Promise<Response> {
    Y.applyUpdate(this.doc, new Uint8Array(await request.arrayBuffer()));
    this.ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS sheet (id TEXT PRIMARY KEY, state BLOB)");
    // expect: durable-objects/unbounded-value contains: the whole Yjs document encoded with encodeStateAsUpdate()
    this.ctx.storage.sql.exec("INSERT OR REPLACE INTO sheet (id, state) VALUES (?, ?)", "main", Y.encodeStateAsUpdate(this.doc));
    return new Response("saved");
  }
}

type Shape = { id: string; kind: string; points: number[] };

// Every shape of the board in one storage value, rewritten whole after each change.
export class Whiteboard extends DurableObject<Env> {
  shapes: Record<string, Shape> = {};

  async fetch(request: Request): Promise<Response> {
    const shape = (await request.json()) as Shape;
    this.shapes[shape.id] = shape;
    // expect: durable-objects/unbounded-value contains: a map of every record the object holds
    await this.ctx.storage.put("board", { shapes: this.shapes, savedAt: Date.now() });
    return new Response("ok");
  }
}

// A key-value-backed object appends notes with their HTML to one value: the cap there is 128 KiB.
export class Notebook extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const notes = (await this.ctx.storage.get<{ id: string; bodyHtml: string }[]>("notes")) ?? [];
    notes.push({ id: crypto.randomUUID(), bodyHtml: await request.text() });
    // expect: durable-objects/unbounded-value contains: capped at 131,072 bytes
    await this.ctx.storage.put("notes", notes);
    return new Response("noted");
  }
}
