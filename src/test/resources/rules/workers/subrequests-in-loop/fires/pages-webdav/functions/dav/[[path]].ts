import { bucketAndKey } from "./shared";
import { remove } from "./remove";
import { show } from "./show";

const BY_METHOD = {
  GET: show,
  DELETE: remove,
};

async function notAllowed() {
  return new Response(null, { status: 405 });
}

export const onRequest: PagesFunction = async (context) => {
  const [store, key] = bucketAndKey(context);
  if (!store) return new Response(null, { status: 404 });
  const handler = BY_METHOD[context.request.method] ?? notAllowed;
  return handler({ store, key, request: context.request });
};
