import type { Meilisearch, Settings } from 'meilisearch';
import type { Logger } from '../platform/logger.js';
import { createMeiliClient, meiliErrorCode, type MeiliConnection } from '../platform/meilisearch.js';
import { type SearchDocument, type SearchTypeName } from './documents.js';
import { danishLexicon, type DanishLexicon } from './lexicon.js';
import { indexSettings, settingsHash } from './settings.js';

const META_ID = 'content';

/**
 * One Meilisearch index holds every searchable type, with a `type` facet: one query ranks cases, methods, talks
 * and the rest against each other and returns facet counts across all of them in one round trip. Index names
 * start with a prefix (one per deployment, one per test file). A small `<prefix>meta` index remembers the
 * settings hash the live index was built with.
 */
export class SearchEngine {
  readonly live: string;
  readonly meta: string;
  readonly settings: Settings;
  readonly hash: string;

  private constructor(
    readonly client: Meilisearch,
    private readonly closeClient: () => Promise<void>,
    readonly lexicon: DanishLexicon,
    readonly prefix: string,
    readonly logger: Logger,
  ) {
    this.live = `${prefix}content`;
    this.meta = `${prefix}meta`;
    this.settings = indexSettings(lexicon);
    this.hash = settingsHash(this.settings);
  }

  static async create(props: {
    connection: MeiliConnection;
    prefix: string;
    logger: Logger;
    timeoutMs?: number;
  }): Promise<SearchEngine> {
    const meili = createMeiliClient(props.connection, { timeoutMs: props.timeoutMs });
    return new SearchEngine(meili.client, () => meili.close(), await danishLexicon(), props.prefix, props.logger);
  }

  async healthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }

  /** Creates an index with our settings and waits until it is ready. */
  async createIndex(uid: string): Promise<void> {
    await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    const task = await this.client.index(uid).updateSettings(this.settings).waitTask({ timeout: 120_000 });
    if (task.status !== 'succeeded') throw new Error(`Applying search settings failed: ${task.error?.message}`);
  }

  /**
   * Makes sure the live index exists and says whether it must be rebuilt: when it was just created, was built
   * with other settings (or another document version), or is empty.
   */
  async prepare(): Promise<{ rebuild: boolean; reason: string }> {
    let created = false;
    try {
      await this.client.index(this.live).getRawInfo();
    } catch (error) {
      if (meiliErrorCode(error) !== 'index_not_found') throw error;
      await this.createIndex(this.live);
      created = true;
    }
    const stored = await this.storedHash();
    if (created || stored === null) return { rebuild: true, reason: 'the search index is new' };
    if (stored !== this.hash) return { rebuild: true, reason: 'the search settings changed' };
    const stats = await this.client.index(this.live).getStats();
    if (stats.numberOfDocuments === 0) return { rebuild: true, reason: 'the search index is empty' };
    return { rebuild: false, reason: 'up to date' };
  }

  async storedHash(): Promise<string | null> {
    try {
      const doc = await this.client.index(this.meta).getDocument<{ hash: string }>(META_ID);
      return doc.hash;
    } catch (error) {
      const code = meiliErrorCode(error);
      if (code === 'index_not_found' || code === 'document_not_found') return null;
      throw error;
    }
  }

  /** Records the settings hash the live index was built with; `wait: false` returns once Meilisearch has the task. */
  async storeHash(options: { wait?: boolean } = {}): Promise<void> {
    const enqueued = this.client
      .index(this.meta)
      .addDocuments([{ id: META_ID, hash: this.hash, builtAt: new Date().toISOString() }], { primaryKey: 'id' });
    if (options.wait === false) {
      await enqueued;
      return;
    }
    const task = await enqueued.waitTask({ timeout: 60_000 });
    if (task.status !== 'succeeded') throw new Error(`Storing the search settings hash failed: ${task.error?.message}`);
  }

  /** Writes and deletes documents, and waits until Meilisearch has applied both. */
  async apply(upserts: SearchDocument[], deletes: string[], uid = this.live): Promise<void> {
    const index = this.client.index<SearchDocument>(uid);
    const tasks = [];
    if (upserts.length > 0) tasks.push(index.addDocuments(upserts, { primaryKey: 'id' }));
    if (deletes.length > 0) tasks.push(index.deleteDocuments(deletes));
    await this.settled((await Promise.all(tasks)).map((task) => task.taskUid));
  }

  /**
   * Waits until Meilisearch has applied these tasks; throws if one failed. One request asks after all of them,
   * soon at first (a single edit shows up fast) and then less often: polling every 10 ms per batch kept
   * Meilisearch busy answering instead of indexing during bulk loads.
   */
  async settled(uids: readonly number[], timeoutMs = 120_000): Promise<void> {
    const waiting = new Set(uids);
    const deadline = Date.now() + timeoutMs;
    for (let delay = 5; waiting.size > 0; delay = Math.min(delay * 1.5, 200)) {
      const { results } = await this.client.tasks.getTasks({ uids: [...waiting], limit: waiting.size });
      for (const task of results) {
        if (task.status === 'failed' || task.status === 'canceled')
          throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message}`);
        if (task.status === 'succeeded') waiting.delete(task.uid);
      }
      if (waiting.size === 0) return;
      if (Date.now() > deadline) throw new Error(`Meilisearch tasks ${[...waiting].join(', ')} timed out`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  /** Documents that show data from any of these rows ("Topic:<id>", …), found through their `dependsOn`. */
  async dependents(keys: string[]): Promise<{ type: SearchTypeName; entityId: string }[]> {
    const found: { type: SearchTypeName; entityId: string }[] = [];
    for (let start = 0; start < keys.length; start += 50) {
      const filter = `dependsOn IN [${keys
        .slice(start, start + 50)
        .map((key) => JSON.stringify(key))
        .join(', ')}]`;
      for (let offset = 0; ; offset += 1000) {
        const page = await this.client
          .index<SearchDocument>(this.live)
          .getDocuments<Pick<SearchDocument, 'type' | 'entityId'>>({
            filter,
            fields: ['type', 'entityId'],
            limit: 1000,
            offset,
          });
        for (const doc of page.results) found.push({ type: doc.type, entityId: doc.entityId });
        if (page.results.length < 1000) break;
      }
    }
    return found;
  }

  /** Deletes every index with this engine's prefix (tests clean up with it). */
  async dropAll(): Promise<void> {
    const { results } = await this.client.getIndexes({ limit: 1000 });
    for (const index of results.filter((i) => i.uid.startsWith(this.prefix))) {
      await this.client.deleteIndex(index.uid).waitTask({ timeout: 60_000 });
    }
  }

  async close(): Promise<void> {
    await this.closeClient();
  }
}
