interface Env {
  TELEGRAM_BOT_TOKEN: string;
  TELEGRAM_CHAT_ID: string;
  TWILIO_AUTH: string;
}

const TELEGRAM = "https://api.telegram.org";

// A public contact form that forwards each message to the owner's chat, and also texts the owner's phone.
export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const form = await request.formData();
    const text = String(form.get("message") ?? "").slice(0, 2000);
    await fetch(`${TELEGRAM}/bot${env.TELEGRAM_BOT_TOKEN}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: env.TELEGRAM_CHAT_ID, text }),
      signal: AbortSignal.timeout(5000),
    });
    // each SMS is billed on the owner's Twilio account: the paid call is what the finding points at, not the free bot
    // expect: abuse/unauthenticated-expensive-route contains: calls a paid API
    await fetch("https://api.twilio.com/2010-04-01/Accounts/AC0/Messages.json", {
      method: "POST",
      headers: { authorization: `Basic ${env.TWILIO_AUTH}` },
      body: new URLSearchParams({ To: "+15550100", From: "+15550199", Body: text }),
      signal: AbortSignal.timeout(5000),
    });
    return new Response("sent");
  },
};
