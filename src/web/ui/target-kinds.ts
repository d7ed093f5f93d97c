import i18next from "i18next";
import type { ReportTargetKind } from "../../contracts/report-targets.ts";
import type { DepartmentId } from "../../contracts/report-types.ts";

/** What a report points at, as a badge names it: "Listing", "Store", "Message" (in the interface language). */
export const targetKindLabel = (kind: ReportTargetKind) => i18next.t(`ui:targetKind.${kind}`);

/** A department's name in the interface language: "IP Protection". */
export const departmentName = (department: DepartmentId) => i18next.t(`ui:departments.${department}`);
