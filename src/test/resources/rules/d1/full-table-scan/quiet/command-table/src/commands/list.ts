const run = async ({ update, stores: { notes } }: { update: any; stores: { notes: { byOwner(owner: string): Promise<unknown> } } }) => {
  return { notes: await notes.byOwner(update.from) };
};

export const listNotes = { name: "list", run };
