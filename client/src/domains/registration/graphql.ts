import { graphql } from '../../graphql/generated';

/**
 * The registration panel's own query, apart from the event page's, so registering refreshes seats and status
 * without reloading the programme around it.
 */
export const EventRegistrationDoc = graphql(`
  query EventRegistration($slug: String!) {
    event(slug: $slug) {
      id
      slug
      endsAt
      publishedAt
      calendarUrl
      capacity
      seatsLeft
      seatsTaken
      seatsPerOrganisation
      waitlistLength
      viewerRegistration {
        status
        waitlistPosition
        registeredAt
      }
    }
  }
`);

export const RegisterForEventDoc = graphql(`
  mutation RegisterForEvent($eventId: ID!) {
    registerForEvent(eventId: $eventId) {
      registration {
        status
        waitlistPosition
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CancelRegistrationDoc = graphql(`
  mutation CancelRegistration($eventId: ID!) {
    cancelRegistration(eventId: $eventId) {
      registration {
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Who registered, for organisers (editors and admins). */
export const EventRegistrantsDoc = graphql(`
  query EventRegistrants($slug: String!) {
    event(slug: $slug) {
      id
      registrations(first: 100) {
        totalCount
        nodes {
          status
          registeredAt
          waitlistPosition
          member {
            id
            name
          }
          organisation {
            id
            slug
            name
          }
        }
      }
    }
  }
`);

/** The member's meetings and their organisation's workshop outputs. */
export const MyMeetingsDoc = graphql(`
  query MyMeetings {
    viewer {
      member {
        id
        organisation {
          id
          slug
          name
        }
      }
      meetings(includePast: true) {
        status
        waitlistPosition
        registeredAt
        event {
          ...EventListItem
        }
      }
      organisationOutputs(first: 50) {
        totalCount
        nodes {
          ...WorkshopOutputItem
        }
      }
    }
  }
`);
