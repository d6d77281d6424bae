// A per-user list kept as one JSON value: every change reads the whole list and writes it back.
export class NoteStore {
  constructor(private env: Env, private userId: string) {}

  list = async (): Promise<string[]> => {
    return (await this.env.NOTES.get<string[]>(this.userId, "json")) ?? [];
  };

  #save = async (notes: string[]): Promise<void> => {
    // expect: kv/read-modify-write contains: concurrent requests on the same key overwrite each other's changes
    await this.env.NOTES.put(this.userId, JSON.stringify(notes));
  };

  add = async (text: string): Promise<string[]> => {
    const notes = await this.list();
    notes.push(text);
    await this.#save(notes);
    return notes;
  };
}
