/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment CaseListItem on Case {\n    id\n    slug\n    title\n    summary\n    year\n    isExample\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n': typeof types.CaseListItemFragmentDoc;
  '\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CaseListItem\n      }\n    }\n  }\n': typeof types.CasesDocument;
  '\n  query CasePage($slug: String!) {\n    case(slug: $slug) {\n      ...CaseListItem\n      body\n      ageMin\n      ageMax\n      targetGroups\n      organisation {\n        kind\n        city\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      reports(first: 10) {\n        nodes {\n          id\n          slug\n          title\n          publishedOn\n        }\n      }\n    }\n  }\n': typeof types.CasePageDocument;
  '\n  query ThreadsAbout($about: ID!) {\n    threads(about: $about, first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        commentCount\n        lastActivityAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ThreadsAboutDocument;
  '\n  fragment EventListItem on Event {\n    id\n    slug\n    title\n    kind\n    theme\n    startsAt\n    endsAt\n    venue\n    city\n  }\n': typeof types.EventListItemFragmentDoc;
  '\n  query Events($filter: EventFilter, $direction: OrderDirection, $first: Int!) {\n    events(filter: $filter, direction: $direction, first: $first) {\n      nodes {\n        ...EventListItem\n      }\n    }\n  }\n': typeof types.EventsDocument;
  '\n  query EventPage($slug: String!) {\n    event(slug: $slug) {\n      ...EventListItem\n      description\n      report {\n        ...ReportListItem\n      }\n      talks(first: 50) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n      workshops(first: 50) {\n        nodes {\n          ...WorkshopListItem\n          talk {\n            id\n            slug\n            title\n          }\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n': typeof types.EventPageDocument;
  '\n  query Home($now: DateTimeISO!) {\n    nextMeeting: events(first: 1, direction: ASC, filter: { from: $now, kind: FORUM_MEETING }) {\n      nodes {\n        ...EventListItem\n        description\n        report {\n          ...ReportListItem\n        }\n      }\n    }\n    latestCases: cases(first: 4, orderBy: { field: PUBLISHED_AT }) {\n      nodes {\n        ...CaseListItem\n      }\n    }\n    latestMethods: methods(first: 4, orderBy: { field: PUBLISHED_AT }) {\n      nodes {\n        ...MethodListItem\n      }\n    }\n    latestTalks: talks(last: 4) {\n      nodes {\n        ...TalkListItem\n      }\n    }\n  }\n': typeof types.HomeDocument;
  '\n  query Viewer {\n    viewer {\n      role\n      activeMembership\n      member {\n        id\n        name\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut {\n      endedSessions\n    }\n  }\n': typeof types.SignOutDocument;
  '\n  fragment MethodListItem on Method {\n    id\n    slug\n    name\n    summary\n    evidenceStrength\n    targetGroups\n    ageMin\n    ageMax\n  }\n': typeof types.MethodListItemFragmentDoc;
  '\n  query Methods($filter: MethodFilter, $orderBy: MethodOrder, $first: Int!, $after: String) {\n    methods(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MethodListItem\n      }\n    }\n  }\n': typeof types.MethodsDocument;
  '\n  query MethodPage($slug: String!) {\n    method(slug: $slug) {\n      ...MethodListItem\n      originalName\n      origin\n      website\n      description\n      isExample\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      evidenceRatings(first: 50) {\n        nodes {\n          id\n          scheme\n          value\n          strength\n          ratedOn\n          source\n          note\n          dimensions {\n            targetGroup\n            method\n            implementation\n            effect\n            economy\n          }\n          study {\n            slug\n            title\n            year\n          }\n        }\n      }\n      cases(first: 20) {\n        totalCount\n        nodes {\n          ...CaseListItem\n        }\n      }\n      studies(first: 20) {\n        totalCount\n        nodes {\n          ...StudyListItem\n        }\n      }\n      talks(first: 10) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n    }\n  }\n': typeof types.MethodPageDocument;
  '\n  query Organisations($kind: OrganisationKind, $first: Int!, $after: String) {\n    organisations(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        kind\n        city\n        isActiveMember\n      }\n    }\n  }\n': typeof types.OrganisationsDocument;
  '\n  query OrganisationPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      city\n      description\n      website\n      isActiveMember\n      isExample\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n    }\n  }\n': typeof types.OrganisationPageDocument;
  '\n  fragment ReportListItem on Report {\n    id\n    slug\n    title\n    summary\n    publishedOn\n    url\n  }\n': typeof types.ReportListItemFragmentDoc;
  '\n  query ReportPage($slug: String!) {\n    report(slug: $slug) {\n      ...ReportListItem\n      body\n      isExample\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n': typeof types.ReportPageDocument;
  '\n  fragment SearchNode on SearchResult {\n    __typename\n    ... on Case {\n      id\n      slug\n      title\n      year\n      organisation {\n        id\n        name\n      }\n    }\n    ... on Method {\n      id\n      slug\n      name\n      evidenceStrength\n    }\n    ... on Study {\n      id\n      slug\n      title\n      year\n      design\n    }\n    ... on Talk {\n      id\n      slug\n      title\n      durationSeconds\n    }\n    ... on Event {\n      id\n      slug\n      title\n      startsAt\n    }\n    ... on Workshop {\n      id\n      slug\n      title\n      startsAt\n    }\n    ... on Report {\n      id\n      slug\n      title\n      publishedOn\n    }\n    ... on Organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n': typeof types.SearchNodeFragmentDoc;
  '\n  query Search($query: String!, $filter: SearchFilter, $first: Int!) {\n    search(query: $query, filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        cursor\n        highlights {\n          field\n          snippet\n        }\n        node {\n          ...SearchNode\n        }\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        topics {\n          count\n          topic {\n            id\n            slug\n            nameDa\n            nameEn\n          }\n        }\n        targetGroups {\n          value\n          count\n        }\n        ageRanges {\n          value\n          count\n        }\n        evidenceStrengths {\n          value\n          count\n        }\n        organisationKinds {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n      }\n    }\n  }\n': typeof types.SearchDocument;
  '\n  query Suggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 6) {\n      text\n      highlighted\n      node {\n        ...SearchNode\n      }\n    }\n  }\n': typeof types.SuggestDocument;
  '\n  fragment StudyListItem on Study {\n    id\n    slug\n    title\n    year\n    design\n    publisher\n  }\n': typeof types.StudyListItemFragmentDoc;
  '\n  query StudyPage($slug: String!) {\n    study(slug: $slug) {\n      ...StudyListItem\n      abstract\n      authors\n      country\n      url\n      isExample\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n': typeof types.StudyPageDocument;
  '\n  fragment TalkListItem on Talk {\n    id\n    slug\n    title\n    summary\n    durationSeconds\n    startsAt\n    speakers {\n      name\n      title\n    }\n  }\n': typeof types.TalkListItemFragmentDoc;
  '\n  query TalkPage($slug: String!) {\n    talk(slug: $slug) {\n      ...TalkListItem\n      videoUrl\n      isExample\n      chapters {\n        startSeconds\n        title\n      }\n      transcript {\n        startSeconds\n        text\n      }\n      speakers {\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      workshops(first: 20) {\n        nodes {\n          ...WorkshopListItem\n        }\n      }\n    }\n  }\n': typeof types.TalkPageDocument;
  '\n  fragment TopicChip on Topic {\n    id\n    slug\n    nameDa\n    nameEn\n  }\n': typeof types.TopicChipFragmentDoc;
  '\n  query TopicOptions {\n    topics(all: true, first: 100) {\n      nodes {\n        ...TopicChip\n        parent {\n          id\n        }\n      }\n    }\n  }\n': typeof types.TopicOptionsDocument;
  '\n  query TopicTree {\n    topics(first: 100) {\n      nodes {\n        ...TopicChip\n        descriptionDa\n        children(first: 100) {\n          nodes {\n            ...TopicChip\n          }\n        }\n      }\n    }\n  }\n': typeof types.TopicTreeDocument;
  '\n  query TopicPage($slug: String!) {\n    topic(slug: $slug) {\n      ...TopicChip\n      descriptionDa\n      parent {\n        ...TopicChip\n      }\n      children(first: 100) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      methods(first: 50) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n      studies(first: 50) {\n        nodes {\n          ...StudyListItem\n        }\n      }\n      talks(first: 50) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n    }\n  }\n': typeof types.TopicPageDocument;
  '\n  fragment WorkshopListItem on Workshop {\n    id\n    slug\n    title\n    startsAt\n    durationMinutes\n    room\n    facilitator\n  }\n': typeof types.WorkshopListItemFragmentDoc;
  '\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      ...WorkshopListItem\n      description\n      capacity\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      talk {\n        ...TalkListItem\n      }\n    }\n  }\n': typeof types.WorkshopPageDocument;
};
const documents: Documents = {
  '\n  fragment CaseListItem on Case {\n    id\n    slug\n    title\n    summary\n    year\n    isExample\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n':
    types.CaseListItemFragmentDoc,
  '\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CaseListItem\n      }\n    }\n  }\n':
    types.CasesDocument,
  '\n  query CasePage($slug: String!) {\n    case(slug: $slug) {\n      ...CaseListItem\n      body\n      ageMin\n      ageMax\n      targetGroups\n      organisation {\n        kind\n        city\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      reports(first: 10) {\n        nodes {\n          id\n          slug\n          title\n          publishedOn\n        }\n      }\n    }\n  }\n':
    types.CasePageDocument,
  '\n  query ThreadsAbout($about: ID!) {\n    threads(about: $about, first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        commentCount\n        lastActivityAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ThreadsAboutDocument,
  '\n  fragment EventListItem on Event {\n    id\n    slug\n    title\n    kind\n    theme\n    startsAt\n    endsAt\n    venue\n    city\n  }\n':
    types.EventListItemFragmentDoc,
  '\n  query Events($filter: EventFilter, $direction: OrderDirection, $first: Int!) {\n    events(filter: $filter, direction: $direction, first: $first) {\n      nodes {\n        ...EventListItem\n      }\n    }\n  }\n':
    types.EventsDocument,
  '\n  query EventPage($slug: String!) {\n    event(slug: $slug) {\n      ...EventListItem\n      description\n      report {\n        ...ReportListItem\n      }\n      talks(first: 50) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n      workshops(first: 50) {\n        nodes {\n          ...WorkshopListItem\n          talk {\n            id\n            slug\n            title\n          }\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n':
    types.EventPageDocument,
  '\n  query Home($now: DateTimeISO!) {\n    nextMeeting: events(first: 1, direction: ASC, filter: { from: $now, kind: FORUM_MEETING }) {\n      nodes {\n        ...EventListItem\n        description\n        report {\n          ...ReportListItem\n        }\n      }\n    }\n    latestCases: cases(first: 4, orderBy: { field: PUBLISHED_AT }) {\n      nodes {\n        ...CaseListItem\n      }\n    }\n    latestMethods: methods(first: 4, orderBy: { field: PUBLISHED_AT }) {\n      nodes {\n        ...MethodListItem\n      }\n    }\n    latestTalks: talks(last: 4) {\n      nodes {\n        ...TalkListItem\n      }\n    }\n  }\n':
    types.HomeDocument,
  '\n  query Viewer {\n    viewer {\n      role\n      activeMembership\n      member {\n        id\n        name\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n':
    types.ViewerDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut {\n      endedSessions\n    }\n  }\n': types.SignOutDocument,
  '\n  fragment MethodListItem on Method {\n    id\n    slug\n    name\n    summary\n    evidenceStrength\n    targetGroups\n    ageMin\n    ageMax\n  }\n':
    types.MethodListItemFragmentDoc,
  '\n  query Methods($filter: MethodFilter, $orderBy: MethodOrder, $first: Int!, $after: String) {\n    methods(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MethodListItem\n      }\n    }\n  }\n':
    types.MethodsDocument,
  '\n  query MethodPage($slug: String!) {\n    method(slug: $slug) {\n      ...MethodListItem\n      originalName\n      origin\n      website\n      description\n      isExample\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      evidenceRatings(first: 50) {\n        nodes {\n          id\n          scheme\n          value\n          strength\n          ratedOn\n          source\n          note\n          dimensions {\n            targetGroup\n            method\n            implementation\n            effect\n            economy\n          }\n          study {\n            slug\n            title\n            year\n          }\n        }\n      }\n      cases(first: 20) {\n        totalCount\n        nodes {\n          ...CaseListItem\n        }\n      }\n      studies(first: 20) {\n        totalCount\n        nodes {\n          ...StudyListItem\n        }\n      }\n      talks(first: 10) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n    }\n  }\n':
    types.MethodPageDocument,
  '\n  query Organisations($kind: OrganisationKind, $first: Int!, $after: String) {\n    organisations(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        kind\n        city\n        isActiveMember\n      }\n    }\n  }\n':
    types.OrganisationsDocument,
  '\n  query OrganisationPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      city\n      description\n      website\n      isActiveMember\n      isExample\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n    }\n  }\n':
    types.OrganisationPageDocument,
  '\n  fragment ReportListItem on Report {\n    id\n    slug\n    title\n    summary\n    publishedOn\n    url\n  }\n':
    types.ReportListItemFragmentDoc,
  '\n  query ReportPage($slug: String!) {\n    report(slug: $slug) {\n      ...ReportListItem\n      body\n      isExample\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n':
    types.ReportPageDocument,
  '\n  fragment SearchNode on SearchResult {\n    __typename\n    ... on Case {\n      id\n      slug\n      title\n      year\n      organisation {\n        id\n        name\n      }\n    }\n    ... on Method {\n      id\n      slug\n      name\n      evidenceStrength\n    }\n    ... on Study {\n      id\n      slug\n      title\n      year\n      design\n    }\n    ... on Talk {\n      id\n      slug\n      title\n      durationSeconds\n    }\n    ... on Event {\n      id\n      slug\n      title\n      startsAt\n    }\n    ... on Workshop {\n      id\n      slug\n      title\n      startsAt\n    }\n    ... on Report {\n      id\n      slug\n      title\n      publishedOn\n    }\n    ... on Organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n':
    types.SearchNodeFragmentDoc,
  '\n  query Search($query: String!, $filter: SearchFilter, $first: Int!) {\n    search(query: $query, filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        cursor\n        highlights {\n          field\n          snippet\n        }\n        node {\n          ...SearchNode\n        }\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        topics {\n          count\n          topic {\n            id\n            slug\n            nameDa\n            nameEn\n          }\n        }\n        targetGroups {\n          value\n          count\n        }\n        ageRanges {\n          value\n          count\n        }\n        evidenceStrengths {\n          value\n          count\n        }\n        organisationKinds {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n      }\n    }\n  }\n':
    types.SearchDocument,
  '\n  query Suggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 6) {\n      text\n      highlighted\n      node {\n        ...SearchNode\n      }\n    }\n  }\n':
    types.SuggestDocument,
  '\n  fragment StudyListItem on Study {\n    id\n    slug\n    title\n    year\n    design\n    publisher\n  }\n':
    types.StudyListItemFragmentDoc,
  '\n  query StudyPage($slug: String!) {\n    study(slug: $slug) {\n      ...StudyListItem\n      abstract\n      authors\n      country\n      url\n      isExample\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n':
    types.StudyPageDocument,
  '\n  fragment TalkListItem on Talk {\n    id\n    slug\n    title\n    summary\n    durationSeconds\n    startsAt\n    speakers {\n      name\n      title\n    }\n  }\n':
    types.TalkListItemFragmentDoc,
  '\n  query TalkPage($slug: String!) {\n    talk(slug: $slug) {\n      ...TalkListItem\n      videoUrl\n      isExample\n      chapters {\n        startSeconds\n        title\n      }\n      transcript {\n        startSeconds\n        text\n      }\n      speakers {\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      workshops(first: 20) {\n        nodes {\n          ...WorkshopListItem\n        }\n      }\n    }\n  }\n':
    types.TalkPageDocument,
  '\n  fragment TopicChip on Topic {\n    id\n    slug\n    nameDa\n    nameEn\n  }\n': types.TopicChipFragmentDoc,
  '\n  query TopicOptions {\n    topics(all: true, first: 100) {\n      nodes {\n        ...TopicChip\n        parent {\n          id\n        }\n      }\n    }\n  }\n':
    types.TopicOptionsDocument,
  '\n  query TopicTree {\n    topics(first: 100) {\n      nodes {\n        ...TopicChip\n        descriptionDa\n        children(first: 100) {\n          nodes {\n            ...TopicChip\n          }\n        }\n      }\n    }\n  }\n':
    types.TopicTreeDocument,
  '\n  query TopicPage($slug: String!) {\n    topic(slug: $slug) {\n      ...TopicChip\n      descriptionDa\n      parent {\n        ...TopicChip\n      }\n      children(first: 100) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      methods(first: 50) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n      studies(first: 50) {\n        nodes {\n          ...StudyListItem\n        }\n      }\n      talks(first: 50) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n    }\n  }\n':
    types.TopicPageDocument,
  '\n  fragment WorkshopListItem on Workshop {\n    id\n    slug\n    title\n    startsAt\n    durationMinutes\n    room\n    facilitator\n  }\n':
    types.WorkshopListItemFragmentDoc,
  '\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      ...WorkshopListItem\n      description\n      capacity\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      talk {\n        ...TalkListItem\n      }\n    }\n  }\n':
    types.WorkshopPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseListItem on Case {\n    id\n    slug\n    title\n    summary\n    year\n    isExample\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseListItem on Case {\n    id\n    slug\n    title\n    summary\n    year\n    isExample\n    organisation {\n      id\n      slug\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CaseListItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {\n    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CaseListItem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CasePage($slug: String!) {\n    case(slug: $slug) {\n      ...CaseListItem\n      body\n      ageMin\n      ageMax\n      targetGroups\n      organisation {\n        kind\n        city\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      reports(first: 10) {\n        nodes {\n          id\n          slug\n          title\n          publishedOn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CasePage($slug: String!) {\n    case(slug: $slug) {\n      ...CaseListItem\n      body\n      ageMin\n      ageMax\n      targetGroups\n      organisation {\n        kind\n        city\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      reports(first: 10) {\n        nodes {\n          id\n          slug\n          title\n          publishedOn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ThreadsAbout($about: ID!) {\n    threads(about: $about, first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        commentCount\n        lastActivityAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ThreadsAbout($about: ID!) {\n    threads(about: $about, first: 20) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        commentCount\n        lastActivityAt\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EventListItem on Event {\n    id\n    slug\n    title\n    kind\n    theme\n    startsAt\n    endsAt\n    venue\n    city\n  }\n',
): (typeof documents)['\n  fragment EventListItem on Event {\n    id\n    slug\n    title\n    kind\n    theme\n    startsAt\n    endsAt\n    venue\n    city\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Events($filter: EventFilter, $direction: OrderDirection, $first: Int!) {\n    events(filter: $filter, direction: $direction, first: $first) {\n      nodes {\n        ...EventListItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Events($filter: EventFilter, $direction: OrderDirection, $first: Int!) {\n    events(filter: $filter, direction: $direction, first: $first) {\n      nodes {\n        ...EventListItem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventPage($slug: String!) {\n    event(slug: $slug) {\n      ...EventListItem\n      description\n      report {\n        ...ReportListItem\n      }\n      talks(first: 50) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n      workshops(first: 50) {\n        nodes {\n          ...WorkshopListItem\n          talk {\n            id\n            slug\n            title\n          }\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EventPage($slug: String!) {\n    event(slug: $slug) {\n      ...EventListItem\n      description\n      report {\n        ...ReportListItem\n      }\n      talks(first: 50) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n      workshops(first: 50) {\n        nodes {\n          ...WorkshopListItem\n          talk {\n            id\n            slug\n            title\n          }\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Home($now: DateTimeISO!) {\n    nextMeeting: events(first: 1, direction: ASC, filter: { from: $now, kind: FORUM_MEETING }) {\n      nodes {\n        ...EventListItem\n        description\n        report {\n          ...ReportListItem\n        }\n      }\n    }\n    latestCases: cases(first: 4, orderBy: { field: PUBLISHED_AT }) {\n      nodes {\n        ...CaseListItem\n      }\n    }\n    latestMethods: methods(first: 4, orderBy: { field: PUBLISHED_AT }) {\n      nodes {\n        ...MethodListItem\n      }\n    }\n    latestTalks: talks(last: 4) {\n      nodes {\n        ...TalkListItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Home($now: DateTimeISO!) {\n    nextMeeting: events(first: 1, direction: ASC, filter: { from: $now, kind: FORUM_MEETING }) {\n      nodes {\n        ...EventListItem\n        description\n        report {\n          ...ReportListItem\n        }\n      }\n    }\n    latestCases: cases(first: 4, orderBy: { field: PUBLISHED_AT }) {\n      nodes {\n        ...CaseListItem\n      }\n    }\n    latestMethods: methods(first: 4, orderBy: { field: PUBLISHED_AT }) {\n      nodes {\n        ...MethodListItem\n      }\n    }\n    latestTalks: talks(last: 4) {\n      nodes {\n        ...TalkListItem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    viewer {\n      role\n      activeMembership\n      member {\n        id\n        name\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Viewer {\n    viewer {\n      role\n      activeMembership\n      member {\n        id\n        name\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut {\n      endedSessions\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut {\n      endedSessions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MethodListItem on Method {\n    id\n    slug\n    name\n    summary\n    evidenceStrength\n    targetGroups\n    ageMin\n    ageMax\n  }\n',
): (typeof documents)['\n  fragment MethodListItem on Method {\n    id\n    slug\n    name\n    summary\n    evidenceStrength\n    targetGroups\n    ageMin\n    ageMax\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Methods($filter: MethodFilter, $orderBy: MethodOrder, $first: Int!, $after: String) {\n    methods(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MethodListItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Methods($filter: MethodFilter, $orderBy: MethodOrder, $first: Int!, $after: String) {\n    methods(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...MethodListItem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MethodPage($slug: String!) {\n    method(slug: $slug) {\n      ...MethodListItem\n      originalName\n      origin\n      website\n      description\n      isExample\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      evidenceRatings(first: 50) {\n        nodes {\n          id\n          scheme\n          value\n          strength\n          ratedOn\n          source\n          note\n          dimensions {\n            targetGroup\n            method\n            implementation\n            effect\n            economy\n          }\n          study {\n            slug\n            title\n            year\n          }\n        }\n      }\n      cases(first: 20) {\n        totalCount\n        nodes {\n          ...CaseListItem\n        }\n      }\n      studies(first: 20) {\n        totalCount\n        nodes {\n          ...StudyListItem\n        }\n      }\n      talks(first: 10) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MethodPage($slug: String!) {\n    method(slug: $slug) {\n      ...MethodListItem\n      originalName\n      origin\n      website\n      description\n      isExample\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      evidenceRatings(first: 50) {\n        nodes {\n          id\n          scheme\n          value\n          strength\n          ratedOn\n          source\n          note\n          dimensions {\n            targetGroup\n            method\n            implementation\n            effect\n            economy\n          }\n          study {\n            slug\n            title\n            year\n          }\n        }\n      }\n      cases(first: 20) {\n        totalCount\n        nodes {\n          ...CaseListItem\n        }\n      }\n      studies(first: 20) {\n        totalCount\n        nodes {\n          ...StudyListItem\n        }\n      }\n      talks(first: 10) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Organisations($kind: OrganisationKind, $first: Int!, $after: String) {\n    organisations(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        kind\n        city\n        isActiveMember\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Organisations($kind: OrganisationKind, $first: Int!, $after: String) {\n    organisations(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        slug\n        name\n        kind\n        city\n        isActiveMember\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisationPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      city\n      description\n      website\n      isActiveMember\n      isExample\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganisationPage($slug: String!) {\n    organisation(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      city\n      description\n      website\n      isActiveMember\n      isExample\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportListItem on Report {\n    id\n    slug\n    title\n    summary\n    publishedOn\n    url\n  }\n',
): (typeof documents)['\n  fragment ReportListItem on Report {\n    id\n    slug\n    title\n    summary\n    publishedOn\n    url\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportPage($slug: String!) {\n    report(slug: $slug) {\n      ...ReportListItem\n      body\n      isExample\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportPage($slug: String!) {\n    report(slug: $slug) {\n      ...ReportListItem\n      body\n      isExample\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SearchNode on SearchResult {\n    __typename\n    ... on Case {\n      id\n      slug\n      title\n      year\n      organisation {\n        id\n        name\n      }\n    }\n    ... on Method {\n      id\n      slug\n      name\n      evidenceStrength\n    }\n    ... on Study {\n      id\n      slug\n      title\n      year\n      design\n    }\n    ... on Talk {\n      id\n      slug\n      title\n      durationSeconds\n    }\n    ... on Event {\n      id\n      slug\n      title\n      startsAt\n    }\n    ... on Workshop {\n      id\n      slug\n      title\n      startsAt\n    }\n    ... on Report {\n      id\n      slug\n      title\n      publishedOn\n    }\n    ... on Organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n',
): (typeof documents)['\n  fragment SearchNode on SearchResult {\n    __typename\n    ... on Case {\n      id\n      slug\n      title\n      year\n      organisation {\n        id\n        name\n      }\n    }\n    ... on Method {\n      id\n      slug\n      name\n      evidenceStrength\n    }\n    ... on Study {\n      id\n      slug\n      title\n      year\n      design\n    }\n    ... on Talk {\n      id\n      slug\n      title\n      durationSeconds\n    }\n    ... on Event {\n      id\n      slug\n      title\n      startsAt\n    }\n    ... on Workshop {\n      id\n      slug\n      title\n      startsAt\n    }\n    ... on Report {\n      id\n      slug\n      title\n      publishedOn\n    }\n    ... on Organisation {\n      id\n      slug\n      name\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Search($query: String!, $filter: SearchFilter, $first: Int!) {\n    search(query: $query, filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        cursor\n        highlights {\n          field\n          snippet\n        }\n        node {\n          ...SearchNode\n        }\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        topics {\n          count\n          topic {\n            id\n            slug\n            nameDa\n            nameEn\n          }\n        }\n        targetGroups {\n          value\n          count\n        }\n        ageRanges {\n          value\n          count\n        }\n        evidenceStrengths {\n          value\n          count\n        }\n        organisationKinds {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Search($query: String!, $filter: SearchFilter, $first: Int!) {\n    search(query: $query, filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        cursor\n        highlights {\n          field\n          snippet\n        }\n        node {\n          ...SearchNode\n        }\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        topics {\n          count\n          topic {\n            id\n            slug\n            nameDa\n            nameEn\n          }\n        }\n        targetGroups {\n          value\n          count\n        }\n        ageRanges {\n          value\n          count\n        }\n        evidenceStrengths {\n          value\n          count\n        }\n        organisationKinds {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Suggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 6) {\n      text\n      highlighted\n      node {\n        ...SearchNode\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Suggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 6) {\n      text\n      highlighted\n      node {\n        ...SearchNode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StudyListItem on Study {\n    id\n    slug\n    title\n    year\n    design\n    publisher\n  }\n',
): (typeof documents)['\n  fragment StudyListItem on Study {\n    id\n    slug\n    title\n    year\n    design\n    publisher\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudyPage($slug: String!) {\n    study(slug: $slug) {\n      ...StudyListItem\n      abstract\n      authors\n      country\n      url\n      isExample\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudyPage($slug: String!) {\n    study(slug: $slug) {\n      ...StudyListItem\n      abstract\n      authors\n      country\n      url\n      isExample\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TalkListItem on Talk {\n    id\n    slug\n    title\n    summary\n    durationSeconds\n    startsAt\n    speakers {\n      name\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment TalkListItem on Talk {\n    id\n    slug\n    title\n    summary\n    durationSeconds\n    startsAt\n    speakers {\n      name\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TalkPage($slug: String!) {\n    talk(slug: $slug) {\n      ...TalkListItem\n      videoUrl\n      isExample\n      chapters {\n        startSeconds\n        title\n      }\n      transcript {\n        startSeconds\n        text\n      }\n      speakers {\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      workshops(first: 20) {\n        nodes {\n          ...WorkshopListItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TalkPage($slug: String!) {\n    talk(slug: $slug) {\n      ...TalkListItem\n      videoUrl\n      isExample\n      chapters {\n        startSeconds\n        title\n      }\n      transcript {\n        startSeconds\n        text\n      }\n      speakers {\n        organisation {\n          id\n          slug\n          name\n        }\n      }\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      methods(first: 20) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      topics(first: 20) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      workshops(first: 20) {\n        nodes {\n          ...WorkshopListItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TopicChip on Topic {\n    id\n    slug\n    nameDa\n    nameEn\n  }\n',
): (typeof documents)['\n  fragment TopicChip on Topic {\n    id\n    slug\n    nameDa\n    nameEn\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TopicOptions {\n    topics(all: true, first: 100) {\n      nodes {\n        ...TopicChip\n        parent {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TopicOptions {\n    topics(all: true, first: 100) {\n      nodes {\n        ...TopicChip\n        parent {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TopicTree {\n    topics(first: 100) {\n      nodes {\n        ...TopicChip\n        descriptionDa\n        children(first: 100) {\n          nodes {\n            ...TopicChip\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TopicTree {\n    topics(first: 100) {\n      nodes {\n        ...TopicChip\n        descriptionDa\n        children(first: 100) {\n          nodes {\n            ...TopicChip\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TopicPage($slug: String!) {\n    topic(slug: $slug) {\n      ...TopicChip\n      descriptionDa\n      parent {\n        ...TopicChip\n      }\n      children(first: 100) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      methods(first: 50) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n      studies(first: 50) {\n        nodes {\n          ...StudyListItem\n        }\n      }\n      talks(first: 50) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TopicPage($slug: String!) {\n    topic(slug: $slug) {\n      ...TopicChip\n      descriptionDa\n      parent {\n        ...TopicChip\n      }\n      children(first: 100) {\n        nodes {\n          ...TopicChip\n        }\n      }\n      methods(first: 50) {\n        nodes {\n          ...MethodListItem\n        }\n      }\n      cases(first: 50) {\n        nodes {\n          ...CaseListItem\n        }\n      }\n      studies(first: 50) {\n        nodes {\n          ...StudyListItem\n        }\n      }\n      talks(first: 50) {\n        nodes {\n          ...TalkListItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WorkshopListItem on Workshop {\n    id\n    slug\n    title\n    startsAt\n    durationMinutes\n    room\n    facilitator\n  }\n',
): (typeof documents)['\n  fragment WorkshopListItem on Workshop {\n    id\n    slug\n    title\n    startsAt\n    durationMinutes\n    room\n    facilitator\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      ...WorkshopListItem\n      description\n      capacity\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      talk {\n        ...TalkListItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkshopPage($slug: String!) {\n    workshop(slug: $slug) {\n      ...WorkshopListItem\n      description\n      capacity\n      event {\n        id\n        slug\n        title\n        startsAt\n      }\n      talk {\n        ...TalkListItem\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
