import { Migration } from '@mikro-orm/migrations';

export class Migration20261129064053_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(200) not null, "visibility" text check ("visibility" in ('PUBLIC', 'MEMBERS', 'ORGANISATION')) not null default 'PUBLIC', "published_at" timestamptz null, "is_example" boolean not null default false, "kind" text check ("kind" in ('FORUM_MEETING', 'NETWORK_MEETING')) not null, "title" varchar(300) not null, "theme" varchar(300) not null, "description" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "venue" varchar(300) not null, "city" varchar(200) not null, constraint "event_pkey" primary key ("id"));`);
    this.addSql(`alter table "event" add constraint "event_slug_unique" unique ("slug");`);

    this.addSql(`create table "method" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(200) not null, "visibility" text check ("visibility" in ('PUBLIC', 'MEMBERS', 'ORGANISATION')) not null default 'PUBLIC', "published_at" timestamptz null, "is_example" boolean not null default false, "name" varchar(300) not null, "original_name" varchar(300) null, "summary" text not null, "description" text not null, "origin" varchar(100) null, "website" varchar(1000) null, "target_groups" text[] not null, "age_min" int null, "age_max" int null, "evidence_strength" text check ("evidence_strength" in ('STRONG', 'MODERATE', 'PROMISING', 'INSUFFICIENT', 'CONCERNING', 'NOT_RATED')) not null default 'NOT_RATED', "evidence_score" smallint not null default 0, constraint "method_pkey" primary key ("id"));`);
    this.addSql(`alter table "method" add constraint "method_slug_unique" unique ("slug");`);

    this.addSql(`create table "organisation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(200) not null, "name" varchar(300) not null, "kind" text check ("kind" in ('MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'RESEARCH_INSTITUTE', 'UNIVERSITY_COLLEGE', 'FOUNDATION', 'INTEREST_ORGANISATION', 'NGO', 'SERVICE_PROVIDER', 'PRIVATE_COMPANY')) not null, "description" text not null default '', "website" varchar(500) null, "city" varchar(200) null, "is_example" boolean not null default false, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_slug_unique" unique ("slug");`);

    this.addSql(`create table "membership" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organisation_id" uuid not null, "year" int not null, "fee_dkk" int not null, "status" text check ("status" in ('ACTIVE', 'LAPSED')) not null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`alter table "membership" add constraint "membership_organisation_id_year_unique" unique ("organisation_id", "year");`);

    this.addSql(`create table "practice_case" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(200) not null, "visibility" text check ("visibility" in ('PUBLIC', 'MEMBERS', 'ORGANISATION')) not null default 'PUBLIC', "published_at" timestamptz null, "is_example" boolean not null default false, "title" varchar(300) not null, "summary" text not null, "body" text not null, "organisation_id" uuid not null, "year" int not null, "target_groups" text[] not null, "age_min" int null, "age_max" int null, constraint "practice_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "practice_case" add constraint "practice_case_slug_unique" unique ("slug");`);

    this.addSql(`create table "case_methods" ("case_id" uuid not null, "method_id" uuid not null, constraint "case_methods_pkey" primary key ("case_id", "method_id"));`);

    this.addSql(`create table "report" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(200) not null, "visibility" text check ("visibility" in ('PUBLIC', 'MEMBERS', 'ORGANISATION')) not null default 'PUBLIC', "published_at" timestamptz null, "is_example" boolean not null default false, "event_id" uuid null, "title" varchar(300) not null, "summary" text not null, "body" text not null, "published_on" date not null, "url" varchar(1000) null, constraint "report_pkey" primary key ("id"));`);
    this.addSql(`alter table "report" add constraint "report_slug_unique" unique ("slug");`);
    this.addSql(`alter table "report" add constraint "report_event_id_unique" unique ("event_id");`);

    this.addSql(`create table "report_cases" ("report_id" uuid not null, "case_id" uuid not null, constraint "report_cases_pkey" primary key ("report_id", "case_id"));`);

    this.addSql(`create table "study" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(200) not null, "visibility" text check ("visibility" in ('PUBLIC', 'MEMBERS', 'ORGANISATION')) not null default 'PUBLIC', "published_at" timestamptz null, "is_example" boolean not null default false, "title" varchar(500) not null, "abstract" text not null, "design" text check ("design" in ('SYSTEMATIC_REVIEW', 'META_ANALYSIS', 'RCT', 'QUASI_EXPERIMENTAL', 'COHORT', 'REGISTER_STUDY', 'QUALITATIVE', 'MIXED_METHODS', 'EVALUATION', 'CASE_STUDY')) not null, "year" int not null, "authors" text[] not null, "publisher" varchar(300) not null, "url" varchar(1000) null, "country" varchar(100) null, constraint "study_pkey" primary key ("id"));`);
    this.addSql(`alter table "study" add constraint "study_slug_unique" unique ("slug");`);

    this.addSql(`create table "method_studies" ("method_id" uuid not null, "study_id" uuid not null, constraint "method_studies_pkey" primary key ("method_id", "study_id"));`);

    this.addSql(`create table "evidence_rating" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "method_id" uuid not null, "scheme" text check ("scheme" in ('CEBC', 'EIF', 'BLUEPRINTS', 'WWC', 'VIDENSPORTAL', 'VIDENSBRO')) not null, "value" varchar(40) not null, "strength" text check ("strength" in ('STRONG', 'MODERATE', 'PROMISING', 'INSUFFICIENT', 'CONCERNING', 'NOT_RATED')) not null, "dimensions" jsonb null, "rated_on" date not null, "source" varchar(500) not null, "note" text null, "study_id" uuid null, constraint "evidence_rating_pkey" primary key ("id"));`);

    this.addSql(`create table "talk" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(200) not null, "visibility" text check ("visibility" in ('PUBLIC', 'MEMBERS', 'ORGANISATION')) not null default 'PUBLIC', "published_at" timestamptz null, "is_example" boolean not null default false, "event_id" uuid not null, "title" varchar(300) not null, "summary" text not null, "speakers" jsonb not null, "video_url" varchar(1000) null, "duration_seconds" int not null, "starts_at" timestamptz null, "chapters" jsonb not null, "transcript" jsonb not null, constraint "talk_pkey" primary key ("id"));`);
    this.addSql(`alter table "talk" add constraint "talk_slug_unique" unique ("slug");`);

    this.addSql(`create table "talk_methods" ("talk_id" uuid not null, "method_id" uuid not null, constraint "talk_methods_pkey" primary key ("talk_id", "method_id"));`);

    this.addSql(`create table "topic" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(200) not null, "name_da" varchar(200) not null, "name_en" varchar(200) not null, "description_da" text null, "parent_id" uuid null, constraint "topic_pkey" primary key ("id"));`);
    this.addSql(`alter table "topic" add constraint "topic_slug_unique" unique ("slug");`);

    this.addSql(`create table "talk_topics" ("talk_id" uuid not null, "topic_id" uuid not null, constraint "talk_topics_pkey" primary key ("talk_id", "topic_id"));`);

    this.addSql(`create table "study_topics" ("study_id" uuid not null, "topic_id" uuid not null, constraint "study_topics_pkey" primary key ("study_id", "topic_id"));`);

    this.addSql(`create table "report_topics" ("report_id" uuid not null, "topic_id" uuid not null, constraint "report_topics_pkey" primary key ("report_id", "topic_id"));`);

    this.addSql(`create table "method_topics" ("method_id" uuid not null, "topic_id" uuid not null, constraint "method_topics_pkey" primary key ("method_id", "topic_id"));`);

    this.addSql(`create table "event_topics" ("event_id" uuid not null, "topic_id" uuid not null, constraint "event_topics_pkey" primary key ("event_id", "topic_id"));`);

    this.addSql(`create table "case_topics" ("case_id" uuid not null, "topic_id" uuid not null, constraint "case_topics_pkey" primary key ("case_id", "topic_id"));`);

    this.addSql(`create table "workshop" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(200) not null, "visibility" text check ("visibility" in ('PUBLIC', 'MEMBERS', 'ORGANISATION')) not null default 'PUBLIC', "published_at" timestamptz null, "is_example" boolean not null default false, "event_id" uuid not null, "talk_id" uuid null, "title" varchar(300) not null, "description" text not null, "facilitator" varchar(200) null, "room" varchar(200) null, "starts_at" timestamptz not null, "duration_minutes" int not null, "capacity" int null, constraint "workshop_pkey" primary key ("id"));`);
    this.addSql(`alter table "workshop" add constraint "workshop_slug_unique" unique ("slug");`);

    this.addSql(`alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "practice_case" add constraint "practice_case_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "case_methods" add constraint "case_methods_case_id_foreign" foreign key ("case_id") references "practice_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_methods" add constraint "case_methods_method_id_foreign" foreign key ("method_id") references "method" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "report" add constraint "report_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "report_cases" add constraint "report_cases_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "report_cases" add constraint "report_cases_case_id_foreign" foreign key ("case_id") references "practice_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "method_studies" add constraint "method_studies_method_id_foreign" foreign key ("method_id") references "method" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "method_studies" add constraint "method_studies_study_id_foreign" foreign key ("study_id") references "study" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "evidence_rating" add constraint "evidence_rating_method_id_foreign" foreign key ("method_id") references "method" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence_rating" add constraint "evidence_rating_study_id_foreign" foreign key ("study_id") references "study" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "talk" add constraint "talk_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "talk_methods" add constraint "talk_methods_talk_id_foreign" foreign key ("talk_id") references "talk" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "talk_methods" add constraint "talk_methods_method_id_foreign" foreign key ("method_id") references "method" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "topic" add constraint "topic_parent_id_foreign" foreign key ("parent_id") references "topic" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "talk_topics" add constraint "talk_topics_talk_id_foreign" foreign key ("talk_id") references "talk" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "talk_topics" add constraint "talk_topics_topic_id_foreign" foreign key ("topic_id") references "topic" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "study_topics" add constraint "study_topics_study_id_foreign" foreign key ("study_id") references "study" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "study_topics" add constraint "study_topics_topic_id_foreign" foreign key ("topic_id") references "topic" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "report_topics" add constraint "report_topics_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "report_topics" add constraint "report_topics_topic_id_foreign" foreign key ("topic_id") references "topic" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "method_topics" add constraint "method_topics_method_id_foreign" foreign key ("method_id") references "method" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "method_topics" add constraint "method_topics_topic_id_foreign" foreign key ("topic_id") references "topic" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "event_topics" add constraint "event_topics_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_topics" add constraint "event_topics_topic_id_foreign" foreign key ("topic_id") references "topic" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "case_topics" add constraint "case_topics_case_id_foreign" foreign key ("case_id") references "practice_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_topics" add constraint "case_topics_topic_id_foreign" foreign key ("topic_id") references "topic" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "workshop" add constraint "workshop_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "workshop" add constraint "workshop_talk_id_foreign" foreign key ("talk_id") references "talk" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "report" drop constraint "report_event_id_foreign";`);

    this.addSql(`alter table "talk" drop constraint "talk_event_id_foreign";`);

    this.addSql(`alter table "event_topics" drop constraint "event_topics_event_id_foreign";`);

    this.addSql(`alter table "workshop" drop constraint "workshop_event_id_foreign";`);

    this.addSql(`alter table "case_methods" drop constraint "case_methods_method_id_foreign";`);

    this.addSql(`alter table "method_studies" drop constraint "method_studies_method_id_foreign";`);

    this.addSql(`alter table "evidence_rating" drop constraint "evidence_rating_method_id_foreign";`);

    this.addSql(`alter table "talk_methods" drop constraint "talk_methods_method_id_foreign";`);

    this.addSql(`alter table "method_topics" drop constraint "method_topics_method_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_organisation_id_foreign";`);

    this.addSql(`alter table "practice_case" drop constraint "practice_case_organisation_id_foreign";`);

    this.addSql(`alter table "case_methods" drop constraint "case_methods_case_id_foreign";`);

    this.addSql(`alter table "report_cases" drop constraint "report_cases_case_id_foreign";`);

    this.addSql(`alter table "case_topics" drop constraint "case_topics_case_id_foreign";`);

    this.addSql(`alter table "report_cases" drop constraint "report_cases_report_id_foreign";`);

    this.addSql(`alter table "report_topics" drop constraint "report_topics_report_id_foreign";`);

    this.addSql(`alter table "method_studies" drop constraint "method_studies_study_id_foreign";`);

    this.addSql(`alter table "evidence_rating" drop constraint "evidence_rating_study_id_foreign";`);

    this.addSql(`alter table "study_topics" drop constraint "study_topics_study_id_foreign";`);

    this.addSql(`alter table "talk_methods" drop constraint "talk_methods_talk_id_foreign";`);

    this.addSql(`alter table "talk_topics" drop constraint "talk_topics_talk_id_foreign";`);

    this.addSql(`alter table "workshop" drop constraint "workshop_talk_id_foreign";`);

    this.addSql(`alter table "topic" drop constraint "topic_parent_id_foreign";`);

    this.addSql(`alter table "talk_topics" drop constraint "talk_topics_topic_id_foreign";`);

    this.addSql(`alter table "study_topics" drop constraint "study_topics_topic_id_foreign";`);

    this.addSql(`alter table "report_topics" drop constraint "report_topics_topic_id_foreign";`);

    this.addSql(`alter table "method_topics" drop constraint "method_topics_topic_id_foreign";`);

    this.addSql(`alter table "event_topics" drop constraint "event_topics_topic_id_foreign";`);

    this.addSql(`alter table "case_topics" drop constraint "case_topics_topic_id_foreign";`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "method" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "practice_case" cascade;`);

    this.addSql(`drop table if exists "case_methods" cascade;`);

    this.addSql(`drop table if exists "report" cascade;`);

    this.addSql(`drop table if exists "report_cases" cascade;`);

    this.addSql(`drop table if exists "study" cascade;`);

    this.addSql(`drop table if exists "method_studies" cascade;`);

    this.addSql(`drop table if exists "evidence_rating" cascade;`);

    this.addSql(`drop table if exists "talk" cascade;`);

    this.addSql(`drop table if exists "talk_methods" cascade;`);

    this.addSql(`drop table if exists "topic" cascade;`);

    this.addSql(`drop table if exists "talk_topics" cascade;`);

    this.addSql(`drop table if exists "study_topics" cascade;`);

    this.addSql(`drop table if exists "report_topics" cascade;`);

    this.addSql(`drop table if exists "method_topics" cascade;`);

    this.addSql(`drop table if exists "event_topics" cascade;`);

    this.addSql(`drop table if exists "case_topics" cascade;`);

    this.addSql(`drop table if exists "workshop" cascade;`);
  }

}
