import type { Holder, HolderFile, RightFile, RightSummary, RightView } from "../../../contracts/rights.ts";
import type { StoredFileColumns } from "../../platform/db/schema.ts";
import { isUsable, validityOn } from "./rights.policy.ts";
import type { StoredHolder, StoredRight, StoredRightEvent, StoredRightFile } from "./rights.repository.ts";

export function toFile(row: StoredFileColumns): HolderFile {
  return { id: row.id, fileName: row.file_name, mimeType: row.mime_type, sizeBytes: row.size_bytes };
}

export function toRightFile(row: StoredRightFile): RightFile {
  return { ...toFile(row), kind: row.kind };
}

export function toHolder(row: StoredHolder, documents: StoredFileColumns[]): Holder {
  return {
    id: row.id,
    kind: row.kind,
    legalName: row.legal_name,
    country: row.country,
    address: row.address,
    contactEmail: row.contact_email,
    companyNumber: row.company_number,
    documents: documents.map(toFile),
    createdAt: row.created_at,
  };
}

export function toSummary(row: StoredRight): RightSummary {
  return {
    id: row.id,
    type: row.type,
    registrationNumber: row.registration_number,
    office: row.office,
    ownerName: row.owner_name,
    classes: row.classes,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

/** A right as its holder (and staff) see it on `today`, with its files and history. */
export function toRightView(
  row: StoredRight,
  files: StoredRightFile[],
  events: StoredRightEvent[],
  today: string,
): RightView {
  const validity = validityOn(row.valid_from, row.valid_to, today);
  return {
    ...toSummary(row),
    actsAsAgent: row.acts_as_agent === 1,
    status: row.status,
    validity,
    usable: isUsable(row.status, validity),
    rejectionReason: row.rejection_reason,
    reviewedAt: row.reviewed_at,
    files: files.filter((f) => f.right_id === row.id).map(toRightFile),
    timeline: events
      .filter((e) => e.right_id === row.id)
      .map((e) => ({ type: e.type, status: e.status, at: e.created_at })),
    createdAt: row.created_at,
  };
}
