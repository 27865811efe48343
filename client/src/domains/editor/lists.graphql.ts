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

/**
 * Drafts for editors, one list per type (`published: false`), a page at a time; methods and cases newest first,
 * the others in their lists' usual order. Every list has the same shape (a method's name is its `title`).
 */

export const DraftMethodsDoc = graphql(`
  query EditorDraftMethods($after: String) {
    methods(first: 20, after: $after, orderBy: { field: PUBLISHED_AT }, filter: { published: false }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title: name
        updatedAt
      }
    }
  }
`);

export const DraftCasesDoc = graphql(`
  query EditorDraftCases($after: String) {
    cases(first: 20, after: $after, orderBy: { field: PUBLISHED_AT }, filter: { published: false }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        updatedAt
      }
    }
  }
`);

export const DraftStudiesDoc = graphql(`
  query EditorDraftStudies($after: String) {
    studies(first: 20, after: $after, filter: { published: false }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        updatedAt
      }
    }
  }
`);

export const DraftEventsDoc = graphql(`
  query EditorDraftEvents($after: String) {
    events(first: 20, after: $after, filter: { published: false }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        updatedAt
      }
    }
  }
`);

export const DraftTalksDoc = graphql(`
  query EditorDraftTalks($after: String) {
    talks(first: 20, after: $after, filter: { published: false }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        updatedAt
      }
    }
  }
`);

export const DraftWorkshopsDoc = graphql(`
  query EditorDraftWorkshops($after: String) {
    workshops(first: 20, after: $after, filter: { published: false }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        updatedAt
      }
    }
  }
`);

export const DraftReportsDoc = graphql(`
  query EditorDraftReports($after: String) {
    reports(first: 20, after: $after, published: false) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        updatedAt
      }
    }
  }
`);
