import { useTranslation } from "react-i18next";
import { EvidenceDropField } from "../../ui/EvidenceDropField.tsx";
import { type EvidenceFiles, evidenceLimitsText } from "../../ui/useEvidenceFiles.ts";
import { fieldId } from "./report-form.model.ts";

interface EvidenceFieldProps {
  evidence: EvidenceFiles;
  uploading: boolean;
  error?: string;
}

/** The report's evidence files, under the id the form's error focus looks for. */
export function EvidenceField({ evidence, uploading, error }: EvidenceFieldProps) {
  const { t } = useTranslation("reportForm");
  return (
    <EvidenceDropField
      id={fieldId("evidence")}
      label={t("evidence.label")}
      help={t("evidence.help", { limits: evidenceLimitsText() })}
      evidence={evidence}
      uploading={uploading}
      error={error}
    />
  );
}
