// At most one request at a time per host, and a pause between the end of one and the start of the next.
export class HostGate {
  private tail = new Map<string, Promise<void>>();
  private lastEnd = new Map<string, number>();
  private delays = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** robots.txt may ask for a longer pause (Crawl-delay); never shorter than ours. */
  setDelay(host: string, ms: number): void {
    this.delays.set(host, Math.max(this.delayMs, ms));
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tail.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.tail.set(host, mine);
    await previous;
    const last = this.lastEnd.get(host);
    if (last !== undefined) await sleep(last + (this.delays.get(host) ?? this.delayMs) - Date.now());
    try {
      return await task();
    } finally {
      this.lastEnd.set(host, Date.now());
      release();
    }
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
