import { graphql } from '../../graphql/generated';

export const ReportListItemFragmentDoc = graphql(`
  fragment ReportListItem on Report {
    id
    slug
    title
    summary
    publishedOn
    url
  }
`);

export const ReportPageDoc = graphql(`
  query ReportPage($slug: String!) {
    report(slug: $slug) {
      ...ReportListItem
      body
      isExample
      visibility
      event {
        id
        slug
        title
        startsAt
      }
      cases(first: 50) {
        nodes {
          ...CaseListItem
        }
      }
      featuredOutputs {
        ...WorkshopOutputItem
      }
      topics(first: 20) {
        nodes {
          ...TopicChip
        }
      }
    }
  }
`);
