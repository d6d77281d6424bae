export async function summarize(env: Env, text: string): Promise<string> {
  const response = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${env.OPENAI_API_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] }),
    signal: AbortSignal.timeout(20_000),
  });
  const data = await response.json<{ choices: { message: { content: string } }[] }>();
  await env.DB.prepare("INSERT INTO summaries (text, summary) VALUES (?, ?)").bind(text, data.choices[0].message.content).run();
  return data.choices[0].message.content;
}
