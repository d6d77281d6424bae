import { cache } from "react";
import { getCloudflareContext } from "@opennextjs/cloudflare";

// one handle per request, shared by the server components and route handlers that ask for it
export const getDb = cache(() => getCloudflareContext().env.DB);
