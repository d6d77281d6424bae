import OAuthProvider from "@cloudflare/workers-oauth-provider";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { McpAgent } from "agents/mcp";
import { z } from "zod";
import login from "./login";

// the tool sits behind OAuth, but the login page grants a token to whatever address the form names
export class DocsMCP extends McpAgent {
  server = new McpServer({ name: "docs", version: "1.0.0" });

  async init() {
    this.server.tool("ask_docs", { question: z.string() }, async ({ question }) => {
      // expect: abuse/unauthenticated-expensive-route contains: runs a model
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
