/** A sandbox deployer: after a deploy, it polls the sandbox's health until it fails. */
export class Deployer {
  private health: ReturnType<typeof setInterval> | null = null;

  async deploy(instance: string): Promise<void> {
    await fetch(`https://sandbox.example.com/${instance}/deploy`, { method: "POST" });
    if (this.health === null) {
      this.watch(instance);
    }
  }

  private watch(instance: string): void {
    // expect: durable-objects/set-interval contains: Counter (through Deployer)
    this.health = setInterval(async () => {
      const reply = await fetch(`https://sandbox.example.com/${instance}/health`);
      if (!reply.ok) {
        this.stop(); // cleared only when unhealthy: a healthy sandbox keeps the object awake
      }
    }, 30_000);
  }

  private stop(): void {
    if (this.health !== null) {
      clearInterval(this.health);
      this.health = null;
    }
  }
}
