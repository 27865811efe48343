import { createQuery } from '@urql/solid';
import { ReportPageDoc } from './graphql';

export function createReportPage(slug: () => string) {
  return createQuery({ query: ReportPageDoc, variables: () => ({ slug: slug() }) });
}
