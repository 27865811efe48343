import { randomUUID } from 'node:crypto';
import { Visibility } from '../src/modules/content/content.enums.js';
import { EDITORS, HIDDEN_DRAFT, PROPOSERS, UNREADABLE } from './helpers/authorization-fixture.js';
import {
  at,
  byId,
  caseInput,
  create,
  hubEvent,
  make,
  makeRating,
  makeTopic,
  orgId,
  runMutationMatrix,
  update,
} from './helpers/mutation-matrix.js';

/** The authorization matrix for writes to knowledge content (see helpers/mutation-matrix.ts). */
runMutationMatrix([
  {
    name: 'createTopic',
    allowed: EDITORS,
    ...create('createTopic', 'TopicInput', () => ({ nameDa: `E ${randomUUID()}`, nameEn: 'T' })),
  },
  { name: 'updateTopic', allowed: EDITORS, ...byId('updateTopic', makeTopic, ', input: { nameEn: "New" }') },
  {
    name: 'createMethod',
    allowed: EDITORS,
    ...create('createMethod', 'MethodInput', () => ({ name: 'M', summary: 's', description: 'd' })),
  },
  { name: 'updateMethod', allowed: EDITORS, ...update('updateMethod', '{ summary: "Ny" }', 'Method') },
  {
    name: 'updateMethod (B’s ORGANISATION draft)',
    allowed: ['admin'],
    refused: UNREADABLE,
    ...update('updateMethod', '{ summary: "Ny" }', 'Method', {
      visibility: Visibility.ORGANISATION,
      published: false,
      owner: 'b',
    }),
  },
  {
    name: 'createStudy',
    allowed: EDITORS,
    ...create('createStudy', 'StudyInput', () => ({
      title: 'S',
      abstract: 'a',
      design: 'RCT',
      year: 2024,
      publisher: 'p',
    })),
  },
  { name: 'updateStudy', allowed: EDITORS, ...update('updateStudy', '{ year: 2020 }', 'Study') },
  {
    name: 'createEvidenceRating',
    allowed: EDITORS,
    prepare: async () => ({
      query:
        'mutation($m: ID!) { createEvidenceRating(method: $m, input: { scheme: EIF, value: "3", ratedOn: "2025-02-01", source: "EIF" }) { userErrors { code } } }',
      variables: { m: await make('Method') },
    }),
  },
  {
    name: 'updateEvidenceRating',
    allowed: EDITORS,
    ...byId('updateEvidenceRating', () => makeRating(), ', input: { value: "2" }'),
  },
  {
    name: 'createEvent',
    allowed: EDITORS,
    ...create('createEvent', 'EventInput', () => ({
      kind: 'NETWORK_MEETING',
      title: 'E',
      theme: 't',
      description: 'd',
      startsAt: at,
      endsAt: at,
      venue: 'v',
      city: 'c',
    })),
  },
  { name: 'updateEvent', allowed: EDITORS, ...update('updateEvent', '{ city: "Vejle" }', 'Event') },
  {
    name: 'createWorkshop',
    allowed: EDITORS,
    ...create('createWorkshop', 'WorkshopInput', () => ({
      event: hubEvent(),
      title: 'W',
      description: 'd',
      startsAt: at,
      durationMinutes: 60,
    })),
  },
  { name: 'updateWorkshop', allowed: EDITORS, ...update('updateWorkshop', '{ room: "A" }', 'Workshop') },
  {
    name: 'createTalk',
    allowed: EDITORS,
    ...create('createTalk', 'TalkInput', () => ({
      event: hubEvent(),
      title: 'T',
      summary: 's',
      durationSeconds: 60,
      startsAt: at,
    })),
  },
  { name: 'updateTalk', allowed: EDITORS, ...update('updateTalk', '{ title: "Ny" }', 'Talk') },
  {
    name: 'createReport',
    allowed: EDITORS,
    ...create('createReport', 'ReportInput', () => ({
      title: 'R',
      summary: 's',
      body: 'b',
      publishedOn: '2026-01-01',
    })),
  },
  { name: 'updateReport', allowed: EDITORS, ...update('updateReport', '{ title: "Ny" }', 'Report') },
  {
    name: 'publish',
    allowed: EDITORS,
    ...byId('publish', () => make('Method', { visibility: Visibility.MEMBERS, published: false })),
  },
  {
    name: 'publish (B’s ORGANISATION draft)',
    allowed: ['admin'],
    refused: UNREADABLE,
    ...byId('publish', () => make('Report', { visibility: Visibility.ORGANISATION, published: false, owner: 'b' })),
  },
  { name: 'unpublish', allowed: EDITORS, ...byId('unpublish', () => make('Study')) },
  { name: 'deleteNode (method)', allowed: EDITORS, ...byId('deleteNode', () => make('Method')) },
  { name: 'deleteNode (topic)', allowed: EDITORS, ...byId('deleteNode', makeTopic) },
  { name: 'deleteNode (rating)', allowed: EDITORS, ...byId('deleteNode', () => makeRating()) },
  {
    name: 'deleteNode (rating of B’s ORGANISATION method)',
    allowed: ['admin'],
    refused: UNREADABLE,
    ...byId('deleteNode', () => makeRating({ visibility: Visibility.ORGANISATION, owner: 'b' })),
  },
  {
    name: 'updateEvidenceRating (of B’s ORGANISATION method)',
    allowed: ['admin'],
    refused: UNREADABLE,
    ...byId(
      'updateEvidenceRating',
      () => makeRating({ visibility: Visibility.ORGANISATION, owner: 'b' }),
      ', input: { value: "2" }',
    ),
  },
  {
    name: 'createCase (for one’s own organisation)',
    allowed: [...PROPOSERS, 'other'],
    ...create('createCase', 'CaseInput', caseInput),
  },
  {
    name: 'createCase (for organisation A)',
    allowed: PROPOSERS,
    ...create('createCase', 'CaseInput', () => ({ ...caseInput(), organisation: orgId('a') })),
  },
  {
    name: 'updateCase (A’s draft proposal)',
    allowed: PROPOSERS,
    refused: HIDDEN_DRAFT,
    ...update('updateCase', '{ title: "Ny" }', 'Case', { visibility: Visibility.MEMBERS, published: false }),
  },
  { name: 'updateCase (published)', allowed: EDITORS, ...update('updateCase', '{ title: "Ny" }', 'Case') },
  {
    name: 'deleteNode (A’s draft proposal)',
    allowed: PROPOSERS,
    refused: HIDDEN_DRAFT,
    ...byId('deleteNode', () => make('Case', { visibility: Visibility.MEMBERS, published: false })),
  },
]);
