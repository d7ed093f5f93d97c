import i18next from "i18next";
import { MAX_MESSAGE_FILES } from "../../../contracts/messages.ts";
import { MAX_EVIDENCE_BYTES } from "../../../contracts/reports.ts";
import { type EvidencePolicy, REPORT_EVIDENCE, TYPES_TEXT } from "../../ui/useEvidenceFiles.ts";

/** A message takes what evidence takes (documents and photos, checked by content), five at most. */
export const MESSAGE_FILES: EvidencePolicy = {
  ...REPORT_EVIDENCE,
  maxFiles: MAX_MESSAGE_FILES,
  get hint() {
    return i18next.t("ui:files.hint", {
      max: MAX_MESSAGE_FILES,
      mb: MAX_EVIDENCE_BYTES / (1024 * 1024),
      types: TYPES_TEXT,
    });
  },
};

/** The server's refusals of the files themselves, shown at the file field. */
export const FILE_REFUSALS = [
  "unsupported_file_type",
  "file_too_large",
  "payload_too_large",
  "too_many_files",
];
