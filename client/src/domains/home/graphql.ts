import { graphql } from '../../graphql/generated';

/** The home page in one request: the next forum meeting with its report, and what is new. */
export const HomeDoc = graphql(`
  query Home($now: DateTimeISO!) {
    nextMeeting: events(first: 1, direction: ASC, filter: { from: $now, kind: FORUM_MEETING }) {
      nodes {
        ...EventListItem
        description
        report {
          ...ReportListItem
        }
      }
    }
    latestCases: cases(first: 4, orderBy: { field: PUBLISHED_AT }) {
      nodes {
        ...CaseListItem
      }
    }
    latestMethods: methods(first: 4, orderBy: { field: PUBLISHED_AT }) {
      nodes {
        ...MethodListItem
      }
    }
    latestTalks: talks(last: 4) {
      nodes {
        ...TalkListItem
      }
    }
  }
`);
