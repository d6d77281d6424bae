import { createPagesFunctionHandler } from "@remix-run/cloudflare-pages";
import { recipeStore } from "../app/models/recipes.server";
// @ts-expect-error the server build exists only after `remix vite:build`
import * as build from "../build/server";

export const onRequest = createPagesFunctionHandler({
  build,
  getLoadContext: (context) => ({ cloudflare: { env: context.env }, recipes: recipeStore(context.env.DB) }),
});
