// Pages Functions without a config: the env type says UPLOADS is an R2 bucket (delete alone would not tell KV from R2).
interface Env {
  UPLOADS: R2Bucket;
  ADMIN_TOKEN: string;
}

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const { keys } = await request.json<{ keys: string[] }>();
  for (const key of keys) {
    // expect: workers/subrequests-in-loop
    await env.UPLOADS.delete(key);
  }
  return new Response(null, { status: 204 });
};
