import { graphql } from '../../graphql/generated';

/** Saving: create and update for each type, and publish, unpublish and delete for any of them. */
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
