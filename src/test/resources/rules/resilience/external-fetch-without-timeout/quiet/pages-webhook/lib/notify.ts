// Posts a reply to the chat service's bot API.
export async function postReply(token: string, chat: number, text: string): Promise<void> {
  // quiet: runs after the response, handed to the context's waitUntil by the webhook
  await fetch(`https://chat.example.org/bot${token}/reply`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ chat, text }),
  });
}

