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

export const CreateCaseDoc = graphql(`
  mutation EditorCreateCase($input: CaseInput!) {
    createCase(input: $input) {
      case {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateCaseDoc = graphql(`
  mutation EditorUpdateCase($id: ID!, $input: CaseInput!) {
    updateCase(id: $id, input: $input) {
      case {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CreateMethodDoc = graphql(`
  mutation EditorCreateMethod($input: MethodInput!) {
    createMethod(input: $input) {
      method {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateMethodDoc = graphql(`
  mutation EditorUpdateMethod($id: ID!, $input: MethodInput!) {
    updateMethod(id: $id, input: $input) {
      method {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CreateStudyDoc = graphql(`
  mutation EditorCreateStudy($input: StudyInput!) {
    createStudy(input: $input) {
      study {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateStudyDoc = graphql(`
  mutation EditorUpdateStudy($id: ID!, $input: StudyInput!) {
    updateStudy(id: $id, input: $input) {
      study {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CreateEventDoc = graphql(`
  mutation EditorCreateEvent($input: EventInput!) {
    createEvent(input: $input) {
      event {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateEventDoc = graphql(`
  mutation EditorUpdateEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      event {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CreateTalkDoc = graphql(`
  mutation EditorCreateTalk($input: TalkInput!) {
    createTalk(input: $input) {
      talk {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateTalkDoc = graphql(`
  mutation EditorUpdateTalk($id: ID!, $input: TalkInput!) {
    updateTalk(id: $id, input: $input) {
      talk {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CreateWorkshopDoc = graphql(`
  mutation EditorCreateWorkshop($input: WorkshopInput!) {
    createWorkshop(input: $input) {
      workshop {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateWorkshopDoc = graphql(`
  mutation EditorUpdateWorkshop($id: ID!, $input: WorkshopInput!) {
    updateWorkshop(id: $id, input: $input) {
      workshop {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CreateReportDoc = graphql(`
  mutation EditorCreateReport($input: ReportInput!) {
    createReport(input: $input) {
      report {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateReportDoc = graphql(`
  mutation EditorUpdateReport($id: ID!, $input: ReportInput!) {
    updateReport(id: $id, input: $input) {
      report {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CreateTopicDoc = graphql(`
  mutation EditorCreateTopic($input: TopicInput!) {
    createTopic(input: $input) {
      topic {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateTopicDoc = graphql(`
  mutation EditorUpdateTopic($id: ID!, $input: TopicInput!) {
    updateTopic(id: $id, input: $input) {
      topic {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CreateRatingDoc = graphql(`
  mutation EditorCreateRating($method: ID!, $input: EvidenceRatingInput!) {
    createEvidenceRating(method: $method, input: $input) {
      evidenceRating {
        ...EditRating
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateRatingDoc = graphql(`
  mutation EditorUpdateRating($id: ID!, $input: EvidenceRatingInput!) {
    updateEvidenceRating(id: $id, input: $input) {
      evidenceRating {
        ...EditRating
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const PublishDoc = graphql(`
  mutation EditorPublish($id: ID!) {
    publish(id: $id) {
      node {
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

export const UnpublishDoc = graphql(`
  mutation EditorUnpublish($id: ID!) {
    unpublish(id: $id) {
      node {
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

export const DeleteNodeDoc = graphql(`
  mutation EditorDeleteNode($id: ID!) {
    deleteNode(id: $id) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

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
