// Pages Functions without a config, and nothing says what STASH is: list and delete are KV's and R2's alike, and
// the helper's parameter is typed loosely, so the binding's type stays unknown and no rule guesses.
function store(context: any): any {
  return context.env.STASH;
}

export const onRequestDelete: PagesFunction = async (context) => {
  const stash = store(context);
  const listed = await stash.list({ prefix: "tmp/" });
  for (const entry of listed.keys ?? listed.objects) {
    // quiet: STASH could be a KV namespace or an R2 bucket: its type is not known
    await stash.delete(entry.name ?? entry.key);
  }
  return new Response(null, { status: 204 });
};
