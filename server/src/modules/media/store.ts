import { createReadStream, existsSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { FileStore } from '@tus/file-store';
import type { DataStore } from '@tus/utils';

export interface ByteRange {
  start: number;
  /** Inclusive, as in an HTTP Range header. */
  end: number;
}

/**
 * Where talk videos live. Uploads are written through `uploads` (a tus data store: resumable, chunk by chunk);
 * the rest reads and removes finished files by key. The local folder store is the embedded default; S3-compatible
 * storage (MinIO, AWS, …) is chosen with MEDIA_STORE=s3. Keys are checked before they reach a path or an object.
 */
export interface MediaStore {
  readonly uploads: DataStore;
  /** The size in bytes of a finished file, or null when there is none. */
  size(key: string): Promise<number | null>;
  /** The bytes of `range` of a file. */
  read(key: string, range: ByteRange): Promise<Readable>;
  remove(key: string): Promise<void>;
  /** Prepares the store before the first upload (the S3 store creates its bucket when it is missing). */
  ready(): Promise<void>;
}

/** Upload ids are tus's random hex; demo files are "demo/<name>". Nothing else reaches a path or an object key. */
const UPLOAD_KEY = /^[A-Za-z0-9_-]{8,100}$/;
const DEMO_KEY = /^demo\/[a-z0-9][a-z0-9-]{0,80}\.(mp4|webm)$/;

export function isUploadKey(key: string): boolean {
  return UPLOAD_KEY.test(key);
}

export function isDemoKey(key: string): boolean {
  return DEMO_KEY.test(key);
}

export function checked(key: string): string {
  if (!UPLOAD_KEY.test(key)) throw new Error(`Not a media key: ${JSON.stringify(key)}`);
  return key;
}

/** Reads files in a folder by name: the local store's uploads and the demo files shipped with the code. */
export const folderFiles = (directory: string) => ({
  async size(name: string): Promise<number | null> {
    const info = await stat(path.join(directory, name)).catch(() => null);
    return info?.isFile() ? info.size : null;
  },
  read(name: string, range: ByteRange): Promise<Readable> {
    return Promise.resolve(createReadStream(path.join(directory, name), { start: range.start, end: range.end }));
  },
});

/** The first bytes of a file, for sniffing its type. */
export async function head(store: MediaStore, key: string, bytes: number): Promise<Buffer> {
  const size = (await store.size(key)) ?? 0;
  if (size === 0) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of await store.read(key, { start: 0, end: Math.min(size, bytes) - 1 }))
    chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function createLocalMediaStore(directory: string): MediaStore {
  const files = folderFiles(directory);
  return {
    uploads: new FileStore({ directory }),
    size: (key) => files.size(checked(key)),
    read: (key, range) => files.read(checked(key), range),
    async remove(key) {
      await rm(path.join(directory, checked(key)), { force: true });
      await rm(path.join(directory, `${key}.json`), { force: true });
    },
    ready: () => Promise.resolve(),
  };
}

/**
 * seeds/demo/media, found from this file upwards: the compiled server runs from server/dist/…, tests from
 * server/src/…, and the Docker image copies the folder next to server/.
 */
export function demoMediaDirectory(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i += 1) {
    const candidate = path.join(dir, 'seeds', 'demo', 'media');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return null;
}
