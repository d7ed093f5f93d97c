import i18next from "i18next";
import type { CaseDetail, CaseQueueItem } from "../../../../contracts/console.ts";
import type { DecisionTemplate } from "../../../../contracts/decisions.ts";
import { errorMessageOf } from "../../../ui/QueryState.tsx";
import type { BulkCase } from "../decisions.api.ts";

export interface BulkOutcome {
  caseId: string;
  title: string;
  ok: boolean;
  message?: string;
}

interface BulkSendDeps {
  fetchFresh: (id: string) => Promise<CaseDetail>;
  post: (body: {
    cases: BulkCase[];
    decision: DecisionTemplate;
  }) => Promise<{ results: { caseId: string; ok: boolean; error?: { message: string } }[] }>;
  onPhase: (phase: "checking" | "recording") => void;
}

/**
 * Reads each case afresh for the number of events seen (a decision on a stale view is refused), then
 * sends the decision for all cases that could be read. A case that could not be read is reported as such.
 */
export async function sendBulkDecision(
  items: CaseQueueItem[],
  decision: DecisionTemplate,
  deps: BulkSendDeps,
): Promise<BulkOutcome[]> {
  deps.onPhase("checking");
  const fresh = await Promise.allSettled(items.map((item) => deps.fetchFresh(item.id)));
  const cases: BulkCase[] = [];
  const unread = new Map<string, string>();
  fresh.forEach((answer, i) => {
    const item = items[i] as CaseQueueItem;
    if (answer.status === "fulfilled")
      cases.push({ caseId: item.id, seenEventCount: answer.value.eventCount });
    else unread.set(item.id, i18next.t("decisions:bulk.unread", { message: errorMessageOf(answer.reason) }));
  });
  deps.onPhase("recording");
  const results = cases.length > 0 ? (await deps.post({ cases, decision })).results : [];
  return items.map((item) => {
    const result = results.find((r) => r.caseId === item.id);
    if (!result)
      return {
        caseId: item.id,
        title: item.targetTitle,
        ok: false,
        message: unread.get(item.id) ?? i18next.t("decisions:bulk.noAnswer"),
      };
    return { caseId: item.id, title: item.targetTitle, ok: result.ok, message: result.error?.message };
  });
}
