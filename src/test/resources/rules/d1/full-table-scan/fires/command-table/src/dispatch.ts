type Command = { name: string; run: (args: { update: any; stores: any }) => Promise<unknown> };

export default async function runCommand({ update, stores, commands }: { update: any; stores: any; commands: Command[] }) {
  for (const command of commands) {
    if (command.name === update.command) {
      return await command.run({ update, stores });
    }
  }
  return { text: "unknown command" };
}
