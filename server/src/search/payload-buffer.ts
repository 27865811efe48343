/**
 * Serialises documents once, as lines of NDJSON, and hands them on in payloads of at most `limit` bytes (a single
 * larger document goes alone), far below Meilisearch's 100 MB; `flush` sends what is left. Serialising once matters
 * in bulk: measuring the JSON and then sending it as an array serialised every document twice.
 */
export class PayloadBuffer {
  private lines: string[] = [];
  private bytes = 0;

  constructor(
    private readonly limit: number,
    private readonly send: (ndjson: string, count: number) => Promise<unknown>,
  ) {}

  async add(items: readonly object[]): Promise<void> {
    for (const item of items) {
      const line = JSON.stringify(item);
      const size = Buffer.byteLength(line) + 1;
      if (this.lines.length > 0 && this.bytes + size > this.limit) await this.flush();
      this.lines.push(line);
      this.bytes += size;
    }
  }

  async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    const lines = this.lines;
    this.lines = [];
    this.bytes = 0;
    await this.send(lines.join('\n'), lines.length);
  }
}
