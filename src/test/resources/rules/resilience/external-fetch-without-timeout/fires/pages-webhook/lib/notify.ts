// Posts a reply to the chat service's bot API.
export async function postReply(token: string, chat: number, text: string): Promise<void> {
  // expect: resilience/external-fetch-without-timeout
  await fetch(`https://chat.example.org/bot${token}/reply`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ chat, text }),
  });
}
