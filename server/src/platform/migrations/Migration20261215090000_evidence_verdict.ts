import { Migration } from '@mikro-orm/migrations';

const STRENGTHS = "'STRONG', 'MODERATE', 'PROMISING', 'INSUFFICIENT', 'CONCERNING', 'NOT_RATED'";
const SCHEMES = "'CEBC', 'EIF', 'BLUEPRINTS', 'WWC', 'VIDENSPORTAL', 'VIDENSBRO'";
const SCORE = `case strength when 'STRONG' then 5 when 'MODERATE' then 4 when 'PROMISING' then 3
  when 'INSUFFICIENT' then 2 when 'CONCERNING' then 1 else 0 end`;

/**
 * Vidensbro's editorial verdict beside the strongest rating (which overstated the evidence), kept on the method so
 * lists filter and sort by it; and a link to each rating's own page. Existing methods get their verdict here, by
 * the rule in evidence/strength.ts `verdictOf`: the newest rating per scheme, "not rated" answers left out, the
 * VIDENSBRO grade if there is one, else the lower median.
 */
export class Migration20261215090000_evidence_verdict extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "evidence_rating" add column "url" varchar(1000) null;`);
    this.addSql(
      `alter table "method" add column "verdict_strength" text check ("verdict_strength" in (${STRENGTHS})) not null default 'NOT_RATED', ` +
        `add column "verdict_score" smallint not null default 0, ` +
        `add column "verdict_scheme" text check ("verdict_scheme" in (${SCHEMES})) null, ` +
        `add column "verdict_agreeing" smallint not null default 0, ` +
        `add column "verdict_total" smallint not null default 0;`,
    );
    this.addSql(`create index "method_verdict_score_id_index" on "method" ("verdict_score", "id");`);
    this.addSql(`
      with current_rating as (
        select distinct on (method_id, scheme) method_id, scheme, strength, ${SCORE} as score
        from "evidence_rating"
        order by method_id, scheme, rated_on desc, created_at desc, id desc
      ), graded as (
        select * from current_rating where strength <> 'NOT_RATED'
      ), chosen as (
        select method_id,
          coalesce(
            max(score) filter (where scheme = 'VIDENSBRO'),
            percentile_disc(0.5) within group (order by score)
          ) as score,
          bool_or(scheme = 'VIDENSBRO') as editorial,
          count(*) as total
        from graded group by method_id
      )
      update "method" m set
        verdict_score = c.score,
        verdict_strength = case c.score when 5 then 'STRONG' when 4 then 'MODERATE' when 3 then 'PROMISING'
          when 2 then 'INSUFFICIENT' when 1 then 'CONCERNING' else 'NOT_RATED' end,
        verdict_scheme = case when c.editorial then 'VIDENSBRO' end,
        verdict_total = c.total,
        verdict_agreeing = (select count(*) from graded g where g.method_id = c.method_id and g.score = c.score)
      from chosen c where m.id = c.method_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "method" drop column "verdict_strength", drop column "verdict_score", drop column "verdict_scheme", ` +
        `drop column "verdict_agreeing", drop column "verdict_total";`,
    );
    this.addSql(`alter table "evidence_rating" drop column "url";`);
  }
}
