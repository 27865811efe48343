import { useNavigate } from '@solidjs/router';
import { createMutation, useClient } from '@urql/solid';
import type { UserErrorLike } from '../../components/userErrors';
import { useOutcome } from '../discussion/outcome';
import type { SavedState } from './ContentState';
import { CreateRatingDoc, DeleteNodeDoc, PublishDoc, UnpublishDoc, UpdateRatingDoc } from './save.graphql';
import type { TypeConfig } from './types';

export const createPublish = () => createMutation(PublishDoc);
export const createUnpublish = () => createMutation(UnpublishDoc);
export const createDeleteNode = () => createMutation(DeleteNodeDoc);
export const createCreateRating = () => createMutation(CreateRatingDoc);
export const createUpdateRating = () => createMutation(UpdateRatingDoc);

/** Saves through the type's mutation and goes to the item's page, or returns the problems for the form. */
export function useSave(config: () => TypeConfig, id: () => string | undefined) {
  const client = useClient();
  const outcome = useOutcome();
  const navigate = useNavigate();
  return async (input: Record<string, unknown>, confirmed: boolean): Promise<readonly UserErrorLike[]> => {
    const body = config().personalDataWarning && confirmed ? { ...input, confirmPersonalData: true } : input;
    const { result, saved, userErrors } = await config().save(client, id(), body);
    const found = outcome(result, userErrors);
    // The item's page confirms the save and shows its state (ContentState).
    const state: SavedState = { saved: id() ? 'updated' : 'created' };
    if (found.length === 0 && saved) navigate(config().path(saved.slug), { state });
    return found;
  };
}
