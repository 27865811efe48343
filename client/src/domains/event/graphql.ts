import { graphql } from '../../graphql/generated';

export const EventListItemFragmentDoc = graphql(`
  fragment EventListItem on Event {
    id
    slug
    title
    kind
    theme
    startsAt
    endsAt
    venue
    city
  }
`);

export const EventsDoc = graphql(`
  query Events($filter: EventFilter, $direction: OrderDirection, $first: Int!) {
    events(filter: $filter, direction: $direction, first: $first) {
      nodes {
        ...EventListItem
      }
    }
  }
`);

export const EventPageDoc = graphql(`
  query EventPage($slug: String!) {
    event(slug: $slug) {
      ...EventListItem
      description
      isExample
      membersOnlyTalks
      report {
        ...ReportListItem
      }
      talks(first: 50) {
        nodes {
          ...TalkListItem
        }
      }
      workshops(first: 50) {
        nodes {
          ...WorkshopListItem
          talk {
            id
            slug
            title
          }
          outputs(first: 20) {
            totalCount
            nodes {
              ...WorkshopOutputItem
            }
          }
        }
      }
      topics(first: 20) {
        nodes {
          ...TopicChip
        }
      }
    }
  }
`);

/** Meetings that end after a time, soonest first: the next meeting after this one is among the first few. */
export const MeetingsFromDoc = graphql(`
  query MeetingsFrom($from: DateTimeISO!) {
    events(filter: { from: $from }, direction: ASC, first: 3) {
      nodes {
        ...EventListItem
      }
    }
  }
`);
