import Store from "./store";

export class NotesStore extends Store {
  add(owner: string, text: string) {
    return this.db.prepare("INSERT INTO notes (owner, body) VALUES (?, ?)").bind(owner, text).run();
  }

  byOwner(owner: string) {
    // expect: d1/full-table-scan contains: notes
    return this.db.prepare("SELECT id, body FROM notes WHERE owner = ? ORDER BY id DESC LIMIT 20").bind(owner).all();
  }
}
