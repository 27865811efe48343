import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129064053_initial } from './Migration20261129064053_initial.js';
import { Migration20261129070000_indexes } from './Migration20261129070000_indexes.js';
import { Migration20261129071158_members } from './Migration20261129071158_members.js';
import { Migration20261129090000_search_outbox } from './Migration20261129090000_search_outbox.js';
import { Migration20261129072831_discussions } from './Migration20261129072831_discussions.js';
import { Migration20261129081500_talk_starts_at } from './Migration20261129081500_talk_starts_at.js';
import { Migration20261129100000_registrations } from './Migration20261129100000_registrations.js';
import { Migration20261129100100_meetings } from './Migration20261129100100_meetings.js';
import { Migration20261130090000_meeting_notifications } from './Migration20261130090000_meeting_notifications.js';
import { Migration20261130091000_member_name_search } from './Migration20261130091000_member_name_search.js';
import { Migration20261130100000_published_sort } from './Migration20261130100000_published_sort.js';
import { Migration20261206120000_outbox_request_id } from './Migration20261206120000_outbox_request_id.js';
import { Migration20261206170000_member_last_write } from './Migration20261206170000_member_last_write.js';
import { Migration20261215090000_evidence_verdict } from './Migration20261215090000_evidence_verdict.js';
import { Migration20261215100000_notification_settings } from './Migration20261215100000_notification_settings.js';
import { Migration20261216090000_mail } from './Migration20261216090000_mail.js';
import { Migration20261217090000_talk_media } from './Migration20261217090000_talk_media.js';
import { Migration20261220090000_membership_year } from './Migration20261220090000_membership_year.js';
import { Migration20261221100000_rating_alerts } from './Migration20261221100000_rating_alerts.js';
import { Migration20261218090000_method_practice } from './Migration20261218090000_method_practice.js';
import { Migration20261222090000_outbox_pending_key } from './Migration20261222090000_outbox_pending_key.js';

/**
 * The platform's migrations in order (changes across modules, and the history from before modules owned theirs);
 * listed explicitly so the compiled server and the tests run the same set. A module's own migrations are in its
 * `<name>.migrations.ts`; model.ts merges both in time order (order.ts).
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129064053_initial', class: Migration20261129064053_initial },
  { name: 'Migration20261129070000_indexes', class: Migration20261129070000_indexes },
  { name: 'Migration20261129071158_members', class: Migration20261129071158_members },
  { name: 'Migration20261129090000_search_outbox', class: Migration20261129090000_search_outbox },
  { name: 'Migration20261129072831_discussions', class: Migration20261129072831_discussions },
  { name: 'Migration20261129081500_talk_starts_at', class: Migration20261129081500_talk_starts_at },
  { name: 'Migration20261129100000_registrations', class: Migration20261129100000_registrations },
  { name: 'Migration20261129100100_meetings', class: Migration20261129100100_meetings },
  { name: 'Migration20261130090000_meeting_notifications', class: Migration20261130090000_meeting_notifications },
  { name: 'Migration20261130091000_member_name_search', class: Migration20261130091000_member_name_search },
  { name: 'Migration20261130100000_published_sort', class: Migration20261130100000_published_sort },
  { name: 'Migration20261206120000_outbox_request_id', class: Migration20261206120000_outbox_request_id },
  { name: 'Migration20261206170000_member_last_write', class: Migration20261206170000_member_last_write },
  { name: 'Migration20261215090000_evidence_verdict', class: Migration20261215090000_evidence_verdict },
  { name: 'Migration20261215100000_notification_settings', class: Migration20261215100000_notification_settings },
  { name: 'Migration20261216090000_mail', class: Migration20261216090000_mail },
  { name: 'Migration20261217090000_talk_media', class: Migration20261217090000_talk_media },
  { name: 'Migration20261218090000_method_practice', class: Migration20261218090000_method_practice },
  { name: 'Migration20261220090000_membership_year', class: Migration20261220090000_membership_year },
  { name: 'Migration20261221100000_rating_alerts', class: Migration20261221100000_rating_alerts },
  { name: 'Migration20261222090000_outbox_pending_key', class: Migration20261222090000_outbox_pending_key },
];
