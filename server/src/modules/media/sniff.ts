import { fileTypeFromBuffer } from 'file-type';

/** The video types talks may play: what every current browser plays in a <video> element. */
export const VIDEO_TYPES = ['video/mp4', 'video/webm'] as const;
export type VideoType = (typeof VIDEO_TYPES)[number];

/** How many leading bytes the sniffer needs (file-type reads at most this many for MP4 and WebM). */
export const SNIFF_BYTES = 4100;

/**
 * The video type of a file from its first bytes (the MP4 "ftyp" box, the WebM EBML doctype), never from a name
 * or a declared Content-Type; null for anything else, e.g. a QuickTime .mov or an HTML page named .mp4.
 */
export async function sniffVideo(head: Uint8Array): Promise<VideoType | null> {
  const found = await fileTypeFromBuffer(head);
  return found && (VIDEO_TYPES as readonly string[]).includes(found.mime) ? (found.mime as VideoType) : null;
}
