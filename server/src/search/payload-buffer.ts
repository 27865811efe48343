/**
 * Collects documents until their JSON reaches about `limit` bytes, then hands them on in one payload; `flush`
 * sends what is left. A payload may pass the limit by the last call's documents (a page), far below
 * Meilisearch's 100 MB.
 */
export class PayloadBuffer<T> {
  private items: T[] = [];
  private bytes = 0;

  constructor(
    private readonly limit: number,
    private readonly send: (items: T[]) => Promise<unknown>,
  ) {}

  async add(items: readonly T[]): Promise<void> {
    this.items.push(...items);
    this.bytes += items.reduce((sum, item) => sum + Buffer.byteLength(JSON.stringify(item)) + 1, 0);
    if (this.bytes >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.items.length === 0) return;
    const items = this.items;
    this.items = [];
    this.bytes = 0;
    await this.send(items);
  }
}
