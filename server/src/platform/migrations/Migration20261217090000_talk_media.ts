import { Migration } from '@mikro-orm/migrations';

/**
 * Uploaded talk videos (media_file: finished, type-sniffed uploads and the demo files) and the talk's pointer to
 * one. The demo's old /media/demo/*.mp4 links never existed; the seeder now attaches the shipped demo files.
 */
export class Migration20261217090000_talk_media extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "media_file" (
      "key" varchar(120) not null primary key,
      "content_type" varchar(40) not null,
      "uploaded_by" uuid null,
      "created_at" timestamptz not null default now()
    );`);
    this.addSql(
      `alter table "talk" add column "video_file" varchar(120) null references "media_file" ("key") on update cascade on delete set null;`,
    );
    this.addSql(`create index "talk_video_file_index" on "talk" ("video_file");`);
    this.addSql(`update "talk" set "video_url" = null where "video_url" like '/media/demo/%';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "talk" drop column "video_file";`);
    this.addSql(`drop table "media_file";`);
  }
}
