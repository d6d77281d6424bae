import OAuthProvider from "@cloudflare/workers-oauth-provider";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { McpAgent } from "agents/mcp";
import { z } from "zod";
import login from "./login";

// the tool sits behind OAuth, and the login page grants a token only to a user the identity provider vouched for
export class DocsMCP extends McpAgent {
  server = new McpServer({ name: "docs", version: "1.0.0" });

  async init() {
    this.server.tool("ask_docs", { question: z.string() }, async ({ question }) => {
      // quiet: only a client holding a token from a real login reaches the tool
      const answer = await this.env.AI.autorag("product-docs").aiSearch({ query: question, model: "@cf/meta/llama-3.3-70b-instruct-fp8-fast" });
      return { content: [{ type: "text", text: answer.response }] };
    });
  }
}

export default new OAuthProvider({
  apiRoute: "/mcp",
  apiHandler: DocsMCP.serve("/mcp"),
  defaultHandler: login,
  authorizeEndpoint: "/authorize",
  tokenEndpoint: "/token",
  clientRegistrationEndpoint: "/register",
});
