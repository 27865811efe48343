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
      isExample
      ...WorkshopListItem
      description
      capacity
      event {
        id
        slug
        title
        startsAt
        endsAt
      }
      talk {
        ...TalkListItem
      }
      briefing {
        purpose
        timing
        questions
        materials
        updatedAt
        facilitator {
          id
          name
        }
        talk {
          id
          slug
          title
        }
      }
    }
  }
`);

/** What a group from one organisation took from a workshop. */
export const WorkshopOutputItemFragmentDoc = graphql(`
  fragment WorkshopOutputItem on WorkshopOutput {
    id
    insight
    nextStep
    featured
    createdAt
    organisation {
      id
      slug
      name
      kind
    }
    workshop {
      id
      slug
      title
    }
    talk {
      id
      slug
      title
    }
  }
`);

/** The workshop's outputs on their own, so recording one refreshes the list and not the whole page. */
export const WorkshopOutputsDoc = graphql(`
  query WorkshopOutputs($workshop: ID!) {
    workshopOutputs(filter: { workshop: $workshop }, first: 100) {
      totalCount
      nodes {
        ...WorkshopOutputItem
      }
    }
  }
`);

export const RecordWorkshopOutputDoc = graphql(`
  mutation RecordWorkshopOutput($input: WorkshopOutputInput!) {
    recordWorkshopOutput(input: $input) {
      output {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const FeatureWorkshopOutputDoc = graphql(`
  mutation FeatureWorkshopOutput($id: ID!, $featured: Boolean!) {
    featureWorkshopOutput(id: $id, featured: $featured) {
      output {
        id
        featured
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
