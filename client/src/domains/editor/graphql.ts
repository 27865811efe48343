import { graphql } from '../../graphql/generated';

/**
 * Editors' documents. They live in their own module so that readers' pages never load them: only the lazy
 * editor, drafts, moderation and organisation pages import this file.
 */

/** Anything editable, by global ID, with every field the forms fill in. */
export const EditNodeDoc = graphql(`
  query EditNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Case {
        slug
        title
        summary
        body
        year
        ageMin
        ageMax
        targetGroups
        visibility
        publishedAt
        organisation {
          id
        }
        topics(first: 100) {
          nodes {
            id
          }
        }
        methods(first: 100) {
          nodes {
            id
          }
        }
      }
      ... on Method {
        slug
        name
        originalName
        summary
        description
        origin
        website
        ageMin
        ageMax
        targetGroups
        settings
        costNote
        costDkk
        costUnit
        trainingDuration
        trainingCertifiedBy
        providers(first: 30) {
          nodes {
            name
            url
            note
          }
        }
        municipalities(first: 30) {
          nodes {
            name
            url
            note
          }
        }
        visibility
        publishedAt
        topics(first: 100) {
          nodes {
            id
          }
        }
        studies(first: 100) {
          nodes {
            id
          }
        }
        evidenceRatings(first: 100) {
          nodes {
            ...EditRating
          }
        }
      }
      ... on Study {
        slug
        title
        abstract
        authors
        year
        design
        publisher
        country
        url
        visibility
        publishedAt
        topics(first: 100) {
          nodes {
            id
          }
        }
      }
      ... on Event {
        slug
        title
        kind
        theme
        description
        startsAt
        endsAt
        venue
        city
        visibility
        publishedAt
        topics(first: 100) {
          nodes {
            id
          }
        }
      }
      ... on Talk {
        slug
        title
        summary
        startsAt
        durationSeconds
        videoUrl
        visibility
        publishedAt
        event {
          id
        }
        speakers {
          name
          title
        }
        chapters {
          startSeconds
          title
        }
        transcript {
          startSeconds
          text
        }
        topics(first: 100) {
          nodes {
            id
          }
        }
        methods(first: 100) {
          nodes {
            id
          }
        }
      }
      ... on Workshop {
        slug
        title
        description
        startsAt
        durationMinutes
        capacity
        room
        facilitator
        visibility
        publishedAt
        event {
          id
        }
        talk {
          id
        }
      }
      ... on Report {
        slug
        title
        summary
        body
        publishedOn
        url
        visibility
        publishedAt
        event {
          id
        }
        cases(first: 100) {
          nodes {
            id
          }
        }
        topics(first: 100) {
          nodes {
            id
          }
        }
      }
      ... on Topic {
        slug
        nameDa
        nameEn
        descriptionDa
        parent {
          id
        }
      }
    }
  }
`);

export const EditRatingFragmentDoc = graphql(`
  fragment EditRating on EvidenceRating {
    id
    scheme
    value
    ratedOn
    source
    url
    note
    strength
    study {
      id
      title
    }
    dimensions {
      targetGroup
      method
      implementation
      effect
      economy
    }
  }
`);
