import type { CombinedError } from '@urql/core';
import { createMutation, createQuery } from '@urql/solid';
import { createEffect, createSignal, on, onCleanup, untrack, type Accessor } from 'solid-js';
import type { TranscriptMatchPageFragment } from '../../graphql/generated/graphql';
import { AttachTalkVideoDoc, SharedTranscriptMatchesDoc, TalkPageDoc, TalkTranscriptMatchesDoc } from './graphql';

export function createTalkPage(slug: () => string) {
  return createQuery({ query: TalkPageDoc, variables: () => ({ slug: slug() }) });
}

/** Matches shown at most; the rest are counted, and the reader narrows the search to see them. */
export const TRANSCRIPT_MATCHES = 100;
const DEBOUNCE_MS = 150;

/** A transcript search as the talk player shows it. */
export interface TranscriptSearch {
  /** The answer for the query last sent (undefined before the first, or for an empty query). */
  page: () => TranscriptMatchPageFragment | undefined;
  /** Typing has not settled yet, or the answer is on its way. */
  pending: () => boolean;
  error: () => CombinedError | undefined;
}

/** The query once typing has paused, so each keystroke does not cost a request. */
function settled(value: Accessor<string>): Accessor<string> {
  const [out, setOut] = createSignal(untrack(value));
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      value,
      (next) => {
        clearTimeout(timer);
        timer = setTimeout(() => setOut(next), DEBOUNCE_MS);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  return out;
}

/**
 * Searches a talk's transcript on the server, which reads the query with the same Danish analysis as site search
 * (typos, inflections, compound parts, synonyms). The query goes as typed: a word still being typed is read as a
 * prefix, and one followed by a space is not.
 */
export function createTalkTranscriptSearch(slug: () => string, query: Accessor<string>): TranscriptSearch {
  const sent = settled(query);
  const [state] = createQuery({
    query: TalkTranscriptMatchesDoc,
    variables: () => ({ slug: slug(), query: sent(), first: TRANSCRIPT_MATCHES }),
    pause: () => !sent().trim(),
  });
  return {
    page: () => (sent().trim() ? (state.data?.talk?.transcriptMatches ?? undefined) : undefined),
    pending: () => query() !== sent() || state.fetching,
    error: () => state.error,
  };
}

/** The same search in a talk opened through a share link. */
export function createSharedTranscriptSearch(secret: () => string, query: Accessor<string>): TranscriptSearch {
  const sent = settled(query);
  const [state] = createQuery({
    query: SharedTranscriptMatchesDoc,
    variables: () => ({ secret: secret(), query: sent(), first: TRANSCRIPT_MATCHES }),
    pause: () => !sent().trim(),
  });
  return {
    page: () => {
      const item = state.data?.sharedItem;
      return sent().trim() && item && 'transcriptMatches' in item ? item.transcriptMatches : undefined;
    },
    pending: () => query() !== sent() || state.fetching,
    error: () => state.error,
  };
}

export const createAttachTalkVideo = () => createMutation(AttachTalkVideoDoc);
