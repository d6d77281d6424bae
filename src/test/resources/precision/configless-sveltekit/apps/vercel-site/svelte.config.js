// deployed to another host: not a Worker
import adapter from "@sveltejs/adapter-vercel";

export default { kit: { adapter: adapter() } };
