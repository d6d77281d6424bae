export const onRequestGet = async ({ env, params }) => {
  return new Response(await env.KV.get(params.id));
};
