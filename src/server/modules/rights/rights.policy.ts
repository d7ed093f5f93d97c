import {
  EXPIRY_WARNING_DAYS,
  RIGHT_FILE_TYPES,
  type RightStatus,
  type RightValidity,
} from "../../../contracts/rights.ts";
import type { DetectedType, FileVerdict } from "../../platform/storage/form-intake.ts";
import { mayWorkDepartment, type StaffMember } from "../staff/staff.policy.ts";
import type { RightEventType } from "./rights.events.ts";

/** The department whose staff verify rights; admins work every department. */
export const RIGHTS_DEPARTMENT = "ip_protection";

export function mayReviewRights(member: StaffMember): boolean {
  return mayWorkDepartment(member, RIGHTS_DEPARTMENT);
}

// Identity documents and certificates are scans or PDFs: no Office files, no GIF animations.
const ALLOWED: Record<string, string> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

/** Whether an uploaded identity document or certificate may be kept, from what its content turned out to be. */
export function judgeRightFile(detected: DetectedType | undefined): FileVerdict {
  const mimeType = detected ? ALLOWED[detected.ext] : undefined;
  if (mimeType) return { ok: true, mimeType };
  return {
    ok: false,
    reason: `This file's content is not ${RIGHT_FILE_TYPES.slice(0, -1).join(", ")} or ${RIGHT_FILE_TYPES.at(-1)}.`,
  };
}

const STATUS_AFTER: Record<RightEventType, RightStatus> = {
  "right.submitted": "pending",
  "right.approved": "approved",
  "right.rejected": "rejected",
};

/** The status a right has after an event: the event log is the truth, the column a copy. */
export function statusAfter(eventType: string): RightStatus {
  const status = (STATUS_AFTER as Partial<Record<string, RightStatus>>)[eventType];
  if (!status) throw new Error(`No status follows the event ${eventType}`);
  return status;
}

/** The calendar day (UTC) of an instant, as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

/** Where a right stands on `today`; a right is valid through the whole of its last day. */
export function validityOn(validFrom: string, validTo: string | null, today: string): RightValidity {
  if (validFrom > today) return "not_yet_valid";
  if (validTo === null) return "valid";
  if (validTo < today) return "expired";
  return validTo <= addDays(today, EXPIRY_WARNING_DAYS) ? "expiring_soon" : "valid";
}

/** Only a verified right that is in force may back a complaint. */
export function isUsable(status: string, validity: RightValidity): boolean {
  return status === "approved" && (validity === "valid" || validity === "expiring_soon");
}
