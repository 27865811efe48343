import { createContext, useContext, type Accessor } from 'solid-js';
import type { CommentFieldsFragment, CommentWithRepliesFragment } from '../../graphql/generated/graphql';

/** A comment at any depth: with its first replies, or (one level further down) only how many it has. */
export type AnyComment = CommentWithRepliesFragment | CommentWithRepliesFragment['replies']['nodes'][number];
export type CommentFields = CommentFieldsFragment;

/** What every comment in a thread needs to know about the thread and the reader. */
export interface ThreadContextValue {
  threadId: string;
  isQuestion: boolean;
  /** False while what the thread is about is an unpublished draft: nothing new may be written. */
  open: boolean;
  askerId: Accessor<string | undefined>;
  viewerId: Accessor<string | undefined>;
  answerId: Accessor<string | undefined>;
  setAnswerId: (id: string | undefined) => void;
}

export const ThreadContext = createContext<ThreadContextValue>();

export function useThread(): ThreadContextValue {
  const value = useContext(ThreadContext);
  if (!value) throw new Error('Comments need a <ThreadContext.Provider> above them.');
  return value;
}
