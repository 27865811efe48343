import { graphql } from '../../graphql/generated';

export const WorkshopListItemFragmentDoc = graphql(`
  fragment WorkshopListItem on Workshop {
    id
    slug
    title
    startsAt
    durationMinutes
    room
    facilitator
  }
`);

export const WorkshopPageDoc = graphql(`
  query WorkshopPage($slug: String!) {
    workshop(slug: $slug) {
      ...WorkshopListItem
      description
      capacity
      event {
        id
        slug
        title
        startsAt
      }
      talk {
        ...TalkListItem
      }
    }
  }
`);
