export const load = async ({ locals }) => {
  // expect: d1/select-star-without-limit
  const { results } = await locals.db.prepare("SELECT * FROM tags").all();
  return { tags: results };
};
