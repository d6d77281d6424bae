// under server/routes/: served at /preview, outside the /api/ prefix the token middleware checks
export default eventHandler(async (event) => {
  const { url } = getQuery(event);
  // expect: abuse/unauthenticated-expensive-route
  const { response } = await hubAI().run("@cf/meta/llama-3.1-8b-instruct", { prompt: `Describe ${url}` });
  return { preview: response };
});
