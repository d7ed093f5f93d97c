import { EvidenceDropField } from "../../ui/EvidenceDropField.tsx";
import { EVIDENCE_LIMITS_TEXT, type EvidenceFiles } from "../../ui/useEvidenceFiles.ts";
import { fieldId } from "./report-form.model.ts";

interface EvidenceFieldProps {
  evidence: EvidenceFiles;
  uploading: boolean;
  error?: string;
}

const HELP = `Screenshots, photos, invoices, certificates or letters that show the problem. ${EVIDENCE_LIMITS_TEXT}`;

/** The report's evidence files, under the id the form's error focus looks for. */
export function EvidenceField({ evidence, uploading, error }: EvidenceFieldProps) {
  return (
    <EvidenceDropField
      id={fieldId("evidence")}
      label="Evidence files"
      help={HELP}
      evidence={evidence}
      uploading={uploading}
      error={error}
    />
  );
}
