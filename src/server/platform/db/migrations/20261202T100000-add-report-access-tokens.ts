import { type Kysely, sql } from "kysely";
import { normaliseReporterEmail } from "../../../modules/reports/reporter-email.ts";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * 1. Private links mailed to a guest reporter: each mail that links to the report carries a token of its
 *    own, minted when the mail is sent; only its hash is kept, beside the report's first token.
 * 2. Guests' reporter keys become the normalised mailbox ("x+again@gmail.com" is "x@gmail.com"), so that
 *    limits, duplicate checks and standing treat one mailbox as one reporter. Rows whose new key already
 *    exists where a key must be unique keep their old key: nothing is merged or lost.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("report_access_tokens")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("report_id", "text", (c) => c.notNull().references("reports.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  const rows = await sql<{ k: string }>`
    select reporter_key as k from reports where reporter_key like 'email:%'
    union select reporter_key from reporter_standing where reporter_key like 'email:%'
    union select reporter_key from case_reporters where reporter_key like 'email:%'
    union select reporter_key from misuse_marks where reporter_key like 'email:%'
    union select appellant_key from appeals where appellant_key like 'email:%'`.execute(db);
  for (const { k: old } of rows.rows) {
    const key = `email:${normaliseReporterEmail(old.slice(6))}`;
    if (key === old) continue;
    await sql`update reports set reporter_key = ${key} where reporter_key = ${old}`.execute(db);
    await sql`update misuse_marks set reporter_key = ${key} where reporter_key = ${old}`.execute(db);
    await sql`update reporter_standing set reporter_key = ${key} where reporter_key = ${old}
      and not exists (select 1 from reporter_standing s where s.reporter_key = ${key})`.execute(db);
    await sql`update case_reporters set reporter_key = ${key} where reporter_key = ${old}
      and not exists (select 1 from case_reporters c
                      where c.case_id = case_reporters.case_id and c.reporter_key = ${key})`.execute(db);
    await sql`update appeals set appellant_key = ${key} where appellant_key = ${old}
      and not exists (select 1 from appeals a
                      where a.decision_id = appeals.decision_id and a.appellant_key = ${key})`.execute(db);
  }
}
