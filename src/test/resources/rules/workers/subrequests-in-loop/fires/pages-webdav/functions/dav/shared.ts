// A file server on Pages Functions with no wrangler config: the bucket is bound in the dashboard, and
// which binding it is comes from the host name, falling back to STORAGE.
export interface Handled {
  store: R2Bucket;
  key: string;
  request: Request;
}

export function bucketAndKey(context: any): [R2Bucket, string] {
  const { env, params, request } = context;
  const tenant = new URL(request.url).hostname.split(".")[0];
  return [env[tenant] || env["STORAGE"], (params.path || []).join("/")];
}
