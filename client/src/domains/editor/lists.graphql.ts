import { graphql } from '../../graphql/generated';

/** Choices for the forms' reference fields: small lists (tens to a few hundred), loaded only by the editor. */
export const OrganisationOptionsDoc = graphql(`
  query EditorOrganisationOptions {
    organisations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const MethodOptionsDoc = graphql(`
  query EditorMethodOptions {
    methods(first: 100, orderBy: { field: NAME }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const StudyOptionsDoc = graphql(`
  query EditorStudyOptions {
    studies(first: 100, orderBy: { field: TITLE }) {
      nodes {
        id
        title
        year
      }
    }
  }
`);

export const EventOptionsDoc = graphql(`
  query EditorEventOptions {
    events(first: 100) {
      nodes {
        id
        title
        startsAt
      }
    }
  }
`);

export const TalkOptionsDoc = graphql(`
  query EditorTalkOptions {
    talks(first: 100) {
      nodes {
        id
        title
      }
    }
  }
`);

export const CaseOptionsDoc = graphql(`
  query EditorCaseOptions {
    cases(first: 100, orderBy: { field: TITLE }) {
      nodes {
        id
        title
      }
    }
  }
`);
