import { z } from "zod";
import { DepartmentId } from "../../../contracts/report-types.ts";
import {
  type EventDataOf,
  type EventTypeOf,
  eventCatalog,
  type TypedEventOf,
} from "../../platform/db/event-catalog.ts";

const Nothing = z.strictObject({});
const Rerouted = z.strictObject({ department: DepartmentId });
const AppealDecided = z.strictObject({ reason: z.string() });

/** What each report event records beside its type, actor and time: the stored `data_json`. */
export const REPORT_EVENTS = {
  "report.submitted": Nothing,
  "report.review_started": Nothing,
  "report.info_requested": z.strictObject({ message: z.string(), dueAt: z.iso.datetime() }),
  "report.info_provided": z.strictObject({ message: z.string() }),
  "report.rerouted": Rerouted,
  "report.rerouted_waiting": Rerouted,
  "report.decided": z.strictObject({
    caseId: z.string().min(1),
    outcome: z.enum(["action_taken", "no_action"]),
    text: z.string(),
    message: z.string().nullable(),
  }),
  "report.appealed": z.strictObject({ appealId: z.string().min(1) }),
  "report.appeal_upheld": AppealDecided,
  "report.reopened": AppealDecided,
  "report.decision_reversed": AppealDecided,
  "report.closed": Nothing,
  "report.closed_duplicate": z.strictObject({ duplicateOf: z.string().min(1), reference: z.string().min(1) }),
};

export const reportEvents = eventCatalog("report_events", REPORT_EVENTS);

export type ReportEventType = EventTypeOf<typeof REPORT_EVENTS>;
export type ReportEventData<T extends ReportEventType> = EventDataOf<typeof REPORT_EVENTS, T>;
export type TypedReportEvent = TypedEventOf<typeof REPORT_EVENTS>;
