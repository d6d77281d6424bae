// built for Cloudflare Pages by its Git integration; the AI binding is set in the dashboard
import adapter from "@sveltejs/adapter-cloudflare";

export default { kit: { adapter: adapter() } };
