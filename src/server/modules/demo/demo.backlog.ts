import type { DecisionTemplate } from "../../../contracts/decisions.ts";
import type { DepartmentId, ReportTypeId } from "../../../contracts/report-types.ts";
import type { DemoClient, FormPart } from "./demo.client.ts";
import type { DemoAccountKey } from "./demo.data.ts";

/** Who acts in a step: a demo account, or a guest with its email. */
export type DemoActor = DemoAccountKey | { guest: string };

export interface DemoReport {
  type: ReportTypeId;
  /** A listing (`it-…`) or a store (`st-…`) of the demo catalog. */
  target: string;
  description: string;
  details: Record<string, unknown>;
}

/** What the stories can do: each is one request of the app's own API, as the real user would send it. */
export interface BacklogContext {
  report(by: DemoActor, report: DemoReport): Promise<{ id: string; caseId: string }>;
  claim(by: DemoAccountKey, caseId: string): Promise<void>;
  note(by: DemoAccountKey, caseId: string, body: string): Promise<void>;
  requestInfo(by: DemoAccountKey, caseId: string, message: string, days?: number): Promise<void>;
  answerInfo(by: DemoAccountKey, reportId: string, message: string): Promise<void>;
  reroute(by: DemoAccountKey, caseId: string, department: DepartmentId): Promise<void>;
  decide(by: DemoAccountKey, caseId: string, decision: DecisionTemplate): Promise<void>;
  decideMany(by: DemoAccountKey, caseIds: string[], decision: DecisionTemplate): Promise<void>;
  markUnfounded(by: DemoAccountKey, reportId: string): Promise<void>;
  appealAsReporter(by: DemoAccountKey, reportId: string, statement: string): Promise<void>;
  appealAsSeller(by: DemoAccountKey, caseId: string, statement: string): Promise<void>;
  appealSuspension(by: DemoAccountKey, statement: string): Promise<void>;
  counterNotice(by: DemoAccountKey, caseId: string, statement: string): Promise<void>;
  designateTrustedFlagger(by: DemoAccountKey, email: string, organisation: string): Promise<void>;
  upload(by: DemoAccountKey, url: string, parts: FormPart[]): Promise<Record<string, unknown>>;
  /** Any other step of the app's API, sent as JSON; answers the JSON body. */
  post(by: DemoAccountKey, url: string, body?: unknown): Promise<Record<string, unknown>>;
  /** The id of the account's first approved right (for IP complaints). */
  rightOf(by: DemoAccountKey): Promise<string>;
}

/** One step of a story, `hoursAgo` before the seeding clock's present. */
export interface Step {
  hoursAgo: number;
  run(ctx: BacklogContext): Promise<unknown>;
}

/** Hours in a day, for steps days ago. */
export const DAY = 24;

/** "No action: not a violation", with what the reporters are told. */
export const notAViolation = (message: string): DecisionTemplate => ({
  outcome: "no_action",
  reason: "not_violation",
  messageToReporters: message,
});

export const at = (hoursAgo: number, run: Step["run"]): Step => ({ hoursAgo, run });

interface Deps {
  client: DemoClient;
  users: Record<DemoAccountKey, string>;
  /** Moves the clock that the seeding app runs on. */
  setHoursAgo(hours: number): void;
  /** Links as the marketplace's URL patterns write them. */
  targetUrl(target: string): string;
}

function contextFor({ client, users, targetUrl }: Deps): BacklogContext {
  const as = (key: DemoAccountKey) => users[key];
  const post = (by: DemoAccountKey, url: string, body?: unknown) => client.call(as(by), "POST", url, body);
  return {
    async report(by, report) {
      const guest = typeof by === "object" ? by.guest : null;
      const created = await client.call<{ id: string; caseId: string }>(
        guest ? null : as(by as DemoAccountKey),
        "POST",
        "/api/v1/reports",
        {
          type: report.type,
          targetUrls: [targetUrl(report.target)],
          description: report.description,
          details: report.details,
          agreement: true,
          ...(guest ? { contactEmail: guest } : {}),
        },
      );
      return { id: created.id, caseId: created.caseId };
    },
    claim: async (by, caseId) => void (await post(by, `/api/v1/console/cases/${caseId}/claim`)),
    note: async (by, caseId, body) =>
      void (await post(by, `/api/v1/console/cases/${caseId}/notes`, { body })),
    requestInfo: async (by, caseId, message, days = 7) =>
      void (await post(by, `/api/v1/console/cases/${caseId}/request-info`, { message, days })),
    answerInfo: async (by, reportId, message) =>
      void (await post(by, `/api/v1/reports/${reportId}/info`, { message })),
    reroute: async (by, caseId, department) =>
      void (await post(by, `/api/v1/console/cases/${caseId}/reroute`, { department })),
    async decide(by, caseId, decision) {
      const seen = await client.call<{ eventCount: number }>(
        as(by),
        "GET",
        `/api/v1/console/cases/${caseId}`,
      );
      await post(by, `/api/v1/console/cases/${caseId}/decision`, {
        ...decision,
        seenEventCount: seen.eventCount,
      });
    },
    async decideMany(by, caseIds, decision) {
      const cases = [];
      for (const caseId of caseIds) {
        const seen = await client.call<{ eventCount: number }>(
          as(by),
          "GET",
          `/api/v1/console/cases/${caseId}`,
        );
        cases.push({ caseId, seenEventCount: seen.eventCount });
      }
      const { results } = await post(by, "/api/v1/console/bulk-decision", { cases, decision });
      const failed = (results as { ok: boolean }[]).filter((r) => !r.ok);
      if (failed.length) throw new Error(`demo seed: bulk decision failed: ${JSON.stringify(failed)}`);
    },
    markUnfounded: async (by, reportId) =>
      void (await post(by, `/api/v1/console/reports/${reportId}/unfounded`)),
    appealAsReporter: async (by, reportId, statement) =>
      void (await post(by, `/api/v1/reports/${reportId}/appeal`, { statement })),
    appealAsSeller: async (by, caseId, statement) =>
      void (await post(by, `/api/v1/me/received/${caseId}/appeal`, { statement })),
    appealSuspension: async (by, statement) =>
      void (await post(by, "/api/v1/me/suspension/appeal", { statement })),
    counterNotice: async (by, caseId, statement) =>
      void (await post(by, `/api/v1/me/received/${caseId}/counter-notices`, { statement })),
    designateTrustedFlagger: async (by, email, organisation) =>
      void (await client.call(as(by), "PUT", "/api/v1/admin/trusted-flaggers", { email, organisation })),
    upload: (by, url, parts) => client.upload(as(by), url, parts),
    post,
    async rightOf(by) {
      const { items } = await client.call<{ items: { id: string; status: string }[] }>(
        as(by),
        "GET",
        "/api/v1/rights",
      );
      const right = items.find((r) => r.status === "approved");
      if (!right) throw new Error(`demo seed: ${by} has no approved right`);
      return right.id;
    },
  };
}

/**
 * Plays the stories on one timeline: every step of every story, oldest first, with the clock set to the
 * step's time, so that events, deadlines and SLAs fall where a real history would put them. Steps of one
 * story keep their order (their times only grow), and each may use what the earlier ones made.
 */
export async function playBacklog(deps: Deps, stories: Step[][]): Promise<number> {
  const ctx = contextFor(deps);
  const steps = stories.flatMap((story, s) => story.map((step, i) => ({ ...step, key: s * 1000 + i })));
  steps.sort((a, b) => b.hoursAgo - a.hoursAgo || a.key - b.key);
  for (const step of steps) {
    deps.setHoursAgo(step.hoursAgo);
    await step.run(ctx);
  }
  return steps.length;
}
