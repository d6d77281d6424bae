type Handler = (text: string) => Promise<string>;

// The project's own command table: it dispatches on the text and checks nothing about the sender.
export class CommandRouter {
  private handlers = new Map<string, Handler>();

  command(name: string, handler: Handler) {
    this.handlers.set(name, handler);
  }

  async run(request: Request): Promise<Response> {
    const form = await request.formData();
    const handler = this.handlers.get(String(form.get("command")));
    return new Response(handler ? await handler(String(form.get("text"))) : "unknown command");
  }
}
