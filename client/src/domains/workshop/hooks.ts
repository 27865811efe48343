import { createMutation, createQuery } from '@urql/solid';
import { FeatureWorkshopOutputDoc, RecordWorkshopOutputDoc, WorkshopOutputsDoc, WorkshopPageDoc } from './graphql';

export function createWorkshopPage(slug: () => string) {
  return createQuery({ query: WorkshopPageDoc, variables: () => ({ slug: slug() }) });
}

export function createWorkshopOutputs(workshopId: () => string) {
  return createQuery({ query: WorkshopOutputsDoc, variables: () => ({ workshop: workshopId() }) });
}

export function createRecordOutput() {
  return createMutation(RecordWorkshopOutputDoc);
}

export function createFeatureOutput() {
  return createMutation(FeatureWorkshopOutputDoc);
}
