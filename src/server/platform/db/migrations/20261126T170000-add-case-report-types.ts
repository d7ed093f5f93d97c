import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

const TYPE_BITS: Record<string, number> = {
  ip_rights_holder: 1,
  copyright: 2,
  listing_violation: 4,
  phishing: 8,
  suspicious_behavior: 16,
  illegal_promotion: 32,
};

/**
 * The queue's filter by report type looked into each case's reports (EXISTS over report_targets and
 * reports): for rare types it read ~20,000 cases to fill a page. The types of a case's reports are now
 * kept on the case as a bit mask, set when a report joins it, and the filter is a test on the row.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable("cases")
    .addColumn("report_types", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  for (const [type, bit] of Object.entries(TYPE_BITS)) {
    await sql`update cases set report_types = report_types | ${bit}
      where exists (select 1 from report_targets rt join reports r on r.id = rt.report_id
                    where rt.case_id = cases.id and r.type = ${type})`.execute(db);
  }
}
