import { Migration } from '@mikro-orm/migrations';

export class Migration20261129072831_discussions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "follow" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "member_id" uuid not null, "subject_type" varchar(40) not null, "subject_id" uuid not null, constraint "follow_pkey" primary key ("id"));`);
    this.addSql(`alter table "follow" add constraint "follow_member_id_subject_id_unique" unique ("member_id", "subject_id");`);

    this.addSql(`create table "thread" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_type" varchar(40) not null, "subject_id" uuid not null, "at_seconds" int null, "title" varchar(300) not null, "kind" text check ("kind" in ('DISCUSSION', 'QUESTION')) not null default 'DISCUSSION', "author_id" uuid null, "answer_id" uuid null, "comment_count" int not null default 0, "last_activity_at" timestamptz not null default now(), "participant_kinds" text[] not null, "visibility" text check ("visibility" in ('PUBLIC', 'MEMBERS', 'ORGANISATION')) not null default 'MEMBERS', "published_at" timestamptz null, "owner_id" uuid null, constraint "thread_pkey" primary key ("id"));`);
    this.addSql(`alter table "thread" add constraint "thread_answer_id_unique" unique ("answer_id");`);

    this.addSql(`create table "comment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "thread_id" uuid not null, "parent_id" uuid null, "author_id" uuid null, "organisation_kind" text check ("organisation_kind" in ('MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'RESEARCH_INSTITUTE', 'UNIVERSITY_COLLEGE', 'FOUNDATION', 'INTEREST_ORGANISATION', 'NGO', 'SERVICE_PROVIDER', 'PRIVATE_COMPANY')) null, "body" text not null, "body_html" text not null, "edited_at" timestamptz null, "deleted_at" timestamptz null, "hidden_at" timestamptz null, "hidden_reason" varchar(500) null, "useful_count" int not null default 0, constraint "comment_pkey" primary key ("id"));`);

    this.addSql(`create table "reaction" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "comment_id" uuid not null, "member_id" uuid not null, constraint "reaction_pkey" primary key ("id"));`);
    this.addSql(`alter table "reaction" add constraint "reaction_comment_id_member_id_unique" unique ("comment_id", "member_id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "member_id" uuid not null, "kind" text check ("kind" in ('MENTION', 'NEW_COMMENT', 'REPLY', 'ANSWER')) not null, "thread_id" uuid not null, "comment_id" uuid null, "actor_name" varchar(200) not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);

    this.addSql(`create table "flag" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "comment_id" uuid not null, "reporter_id" uuid null, "reason" varchar(1000) not null, "resolved_at" timestamptz null, constraint "flag_pkey" primary key ("id"));`);

    this.addSql(`create table "comment_revision" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "comment_id" uuid not null, "body" text not null, constraint "comment_revision_pkey" primary key ("id"));`);

    this.addSql(`alter table "follow" add constraint "follow_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "thread" add constraint "thread_author_id_foreign" foreign key ("author_id") references "member" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "thread" add constraint "thread_answer_id_foreign" foreign key ("answer_id") references "comment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "thread" add constraint "thread_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "comment" add constraint "comment_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "comment" add constraint "comment_parent_id_foreign" foreign key ("parent_id") references "comment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "comment" add constraint "comment_author_id_foreign" foreign key ("author_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "reaction" add constraint "reaction_comment_id_foreign" foreign key ("comment_id") references "comment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reaction" add constraint "reaction_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_comment_id_foreign" foreign key ("comment_id") references "comment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "flag" add constraint "flag_comment_id_foreign" foreign key ("comment_id") references "comment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "flag" add constraint "flag_reporter_id_foreign" foreign key ("reporter_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "comment_revision" add constraint "comment_revision_comment_id_foreign" foreign key ("comment_id") references "comment" ("id") on update cascade on delete cascade;`);




    this.addSql(`create index "thread_subject_id_index" on "thread" ("subject_id");`);
    this.addSql(`create index "thread_last_activity_at_index" on "thread" ("last_activity_at");`);
    this.addSql(`create index "comment_thread_id_parent_id_index" on "comment" ("thread_id", "parent_id");`);
    this.addSql(`create index "comment_parent_id_index" on "comment" ("parent_id");`);
    this.addSql(`create index "notification_member_id_read_at_index" on "notification" ("member_id", "read_at");`);
    this.addSql(`create index "follow_subject_id_index" on "follow" ("subject_id");`);
    this.addSql(`create index "flag_resolved_at_index" on "flag" ("resolved_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "comment" drop constraint "comment_thread_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_thread_id_foreign";`);

    this.addSql(`alter table "thread" drop constraint "thread_answer_id_foreign";`);

    this.addSql(`alter table "comment" drop constraint "comment_parent_id_foreign";`);

    this.addSql(`alter table "reaction" drop constraint "reaction_comment_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_comment_id_foreign";`);

    this.addSql(`alter table "flag" drop constraint "flag_comment_id_foreign";`);

    this.addSql(`alter table "comment_revision" drop constraint "comment_revision_comment_id_foreign";`);


    this.addSql(`drop table if exists "follow" cascade;`);

    this.addSql(`drop table if exists "thread" cascade;`);

    this.addSql(`drop table if exists "comment" cascade;`);

    this.addSql(`drop table if exists "reaction" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "flag" cascade;`);

    this.addSql(`drop table if exists "comment_revision" cascade;`);

























  }

}
