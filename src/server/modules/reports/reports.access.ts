import type { DbOrTx } from "../../platform/db/database.ts";
import type { ReportTable } from "../../platform/db/schema.ts";
import { newSecretToken, sha256Hex } from "../../platform/ids.ts";
import type { Actor } from "../accounts/actor.ts";
import { isReportersAccount, type ReportHolding } from "./reports.policy.ts";
import { createReportsRepository } from "./reports.repository.ts";

const repo = createReportsRepository();

/** How the asker holds this report (its account, or one of its private tokens), or null. */
export async function holdingOf(
  db: DbOrTx,
  actor: Actor | null,
  report: ReportTable,
  token: string | undefined,
): Promise<ReportHolding | null> {
  if (isReportersAccount(actor, report)) return "account";
  if (!token || report.reporter_user_id) return null;
  const hash = sha256Hex(token);
  if (hash === report.access_token_hash) return "answer";
  return (await repo.hasMailedToken(db, report.id, hash)) ? "mailbox" : null;
}

/** True when the asker is the report's reporter, by its account or a private token. */
export async function isReportHolder(
  db: DbOrTx,
  actor: Actor | null,
  report: ReportTable,
  token: string | undefined,
): Promise<boolean> {
  return (await holdingOf(db, actor, report, token)) !== null;
}

/** A fresh private link for a mail to a guest's mailbox; only the token's hash is kept. */
export async function mintMailedToken(db: DbOrTx, reportId: string, at: string): Promise<string> {
  const token = newSecretToken();
  await repo.saveMailedToken(db, { token_hash: sha256Hex(token), report_id: reportId, created_at: at });
  return token;
}
