import { Entity, PrimaryKey, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core';

/**
 * A video file a talk can play: a finished, type-checked upload in the media store, or a demo file shipped in
 * seeds/demo/media (key "demo/<name>"). Rows are written only after the bytes were sniffed as MP4 or WebM, so a
 * talk can only point at a file that passed.
 */
@Entity({ tableName: 'media_file' })
export class MediaFile {
  [PrimaryKeyProp]?: 'key';

  /** The store key: the tus upload id, or "demo/<file name>". */
  @PrimaryKey({ type: 'string', length: 120 })
  key!: string;

  /** video/mp4 or video/webm, as sniffed from the file's first bytes (never as the uploader declared it). */
  @Property({ type: 'string', length: 40 })
  contentType!: string;

  /** The member who uploaded it; only they may attach it to a talk. Null for demo files. */
  @Property({ type: 'uuid', nullable: true })
  uploadedBy: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
