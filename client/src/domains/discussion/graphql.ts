import { graphql } from '../../graphql/generated';

/** What every comment shows, at any depth. */
export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    threadId
    body
    bodyHtml
    authorName
    author {
      id
      isExample
    }
    organisationKind
    createdAt
    editedAt
    deletedAt
    hiddenAt
    hiddenReason
    usefulCount
    viewerFoundUseful
  }
`);

/** A comment with the first replies under it, and how many replies each of those has. */
export const CommentWithRepliesFragment = graphql(`
  fragment CommentWithReplies on Comment {
    ...CommentFields
    replies(first: 5) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CommentFields
        replies(first: 1) {
          totalCount
        }
      }
    }
  }
`);

/** A page of comments with their first replies: a thread's first page, the next ones, and deeper replies. */
export const CommentPageFragmentDoc = graphql(`
  fragment CommentPage on CommentConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CommentWithReplies
    }
  }
`);

/** The threads about one item (members only: anonymous readers get an empty list). */
export const ThreadsAboutDoc = graphql(`
  query ThreadsAbout($about: ID!, $organisationKind: OrganisationKind) {
    discussionOpen(about: $about)
    # The subject's type in the result lets a publish of it refetch this query (urql's document cache).
    subject: node(id: $about) {
      id
    }
    threads(about: $about, organisationKind: $organisationKind, first: 20) {
      totalCount
      nodes {
        id
        title
        kind
        commentCount
        lastActivityAt
        participantKinds
        answer {
          id
        }
        author {
          id
          name
        }
      }
    }
  }
`);

export const ThreadDoc = graphql(`
  query Thread($id: ID!) {
    node(id: $id) {
      ... on Thread {
        id
        title
        kind
        createdAt
        commentCount
        viewerIsFollowing
        acceptsComments
        subjectType
        subject {
          id
          ... on Method {
            slug
            name
          }
          ... on Case {
            slug
            title
          }
          ... on Talk {
            slug
            title
          }
          ... on Event {
            slug
            title
          }
          ... on Report {
            slug
            title
          }
          ... on Study {
            slug
            title
          }
          ... on Workshop {
            slug
            title
          }
          ... on Topic {
            slug
            nameDa
            nameEn
          }
        }
        author {
          id
          name
        }
        answer {
          id
        }
        comments(first: 20) {
          ...CommentPage
        }
      }
    }
  }
`);

export const MoreCommentsDoc = graphql(`
  query MoreComments($id: ID!, $after: String) {
    node(id: $id) {
      ... on Thread {
        id
        comments(first: 20, after: $after) {
          ...CommentPage
        }
      }
    }
  }
`);

export const RepliesDoc = graphql(`
  query Replies($id: ID!, $after: String) {
    node(id: $id) {
      ... on Comment {
        id
        replies(first: 10, after: $after) {
          ...CommentPage
        }
      }
    }
  }
`);

export const StartThreadDoc = graphql(`
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      thread {
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

export const AddCommentDoc = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        ...CommentWithReplies
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const EditCommentDoc = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      comment {
        ...CommentFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const DeleteCommentDoc = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      comment {
        ...CommentFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SetUsefulDoc = graphql(`
  mutation SetUseful($id: ID!, $useful: Boolean!) {
    setUseful(id: $id, useful: $useful) {
      comment {
        id
        usefulCount
        viewerFoundUseful
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const FlagCommentDoc = graphql(`
  mutation FlagComment($id: ID!, $reason: String!) {
    flagComment(id: $id, reason: $reason) {
      flag {
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

export const MarkAnswerDoc = graphql(`
  mutation MarkAnswer($threadId: ID!, $commentId: ID) {
    markAnswer(threadId: $threadId, commentId: $commentId) {
      thread {
        id
        answer {
          id
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const FollowDoc = graphql(`
  mutation Follow($id: ID!, $following: Boolean!) {
    follow(id: $id, following: $following) {
      following
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CommentAddedDoc = graphql(`
  subscription CommentAdded($threadId: ID!) {
    commentAdded(threadId: $threadId) {
      id
      threadId
    }
  }
`);

/** Members whose name contains what was typed after "@" and who may read the discussion, for the picker. */
export const MentionCandidatesDoc = graphql(`
  query MentionCandidates($search: String!, $about: ID) {
    mentionCandidates(search: $search, first: 6, about: $about) {
      id
      name
      isExample
      organisation {
        id
        name
      }
    }
  }
`);
