abstract class Watcher {
  constructor(protected readonly origin: string) {}
}

/** The same health poll, started by the Worker itself: no Durable Object is kept awake. */
export class Poller extends Watcher {
  watch(): void {
    // quiet: a timer in the Worker's own code (a fetch handler's helper), not in a Durable Object
    setInterval(async () => {
      await fetch(`${this.origin}/health`);
    }, 30_000);
  }
}
