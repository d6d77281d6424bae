export const addNote = {
  name: "add",
  run: async ({ update, stores }: { update: any; stores: { notes: { add(owner: string, text: string): Promise<unknown> } } }) =>
    stores.notes.add(update.from, update.text),
};
