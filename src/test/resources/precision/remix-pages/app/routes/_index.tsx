import type { LoaderFunctionArgs } from "@remix-run/cloudflare";

export async function loader({ context }: LoaderFunctionArgs) {
  const { results } = await context.recipes.all();
  return { recipes: results };
}

export default function Index() {
  return null;
}
