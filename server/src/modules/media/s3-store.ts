import type { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { S3Store } from '@tus/s3-store';
import type { MediaConfig } from './config.js';
import { checked, type MediaStore } from './store.js';

/** 8 MiB parts: S3's multipart minimum is 5 MiB, and a resumed upload repeats at most one part. */
const PART_SIZE = 8 * 1024 * 1024;

/**
 * Talk videos in S3-compatible storage (MinIO in docker-compose.yml). @tus/s3-store writes each upload as a
 * multipart upload under its id, with its tus metadata in "<id>.info"; we read finished objects with ranged GETs,
 * so the bucket stays private and every byte goes through the talk's read rule.
 */
export function createS3MediaStore(config: MediaConfig): MediaStore {
  const bucket = config.S3_BUCKET!;
  const clientConfig = {
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials: { accessKeyId: config.S3_ACCESS_KEY_ID!, secretAccessKey: config.S3_SECRET_ACCESS_KEY! },
  };
  const client = new S3Client(clientConfig);
  // A fresh MinIO (docker compose) has no bucket: make it once, on the first upload; retried after a failure.
  let bucketReady: Promise<void> | null = null;
  const ensureBucket = async () => {
    try {
      await client.send(new HeadBucketCommand({ Bucket: bucket }));
    } catch (error) {
      if ((error as { name?: string }).name !== 'NotFound') throw error;
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
    }
  };
  return {
    ready() {
      bucketReady ??= ensureBucket().catch((error: unknown) => {
        bucketReady = null;
        throw error;
      });
      return bucketReady;
    },
    uploads: new S3Store({ partSize: PART_SIZE, s3ClientConfig: { bucket, ...clientConfig } }),
    async size(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: checked(key) }));
        return head.ContentLength ?? null;
      } catch (error) {
        if ((error as { name?: string }).name === 'NotFound') return null;
        throw error;
      }
    },
    async read(key, range) {
      const answer = await client.send(
        new GetObjectCommand({ Bucket: bucket, Key: checked(key), Range: `bytes=${range.start}-${range.end}` }),
      );
      return answer.Body as Readable;
    },
    async remove(key) {
      await client.send(
        new DeleteObjectsCommand({
          Bucket: bucket,
          Delete: { Objects: [{ Key: checked(key) }, { Key: `${checked(key)}.info` }] },
        }),
      );
    },
  };
}
