import { Button, FileButton, Group, Input, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { UploadIcon } from "../../ui/icons.tsx";
import { importCsvLinks } from "./csv-links.ts";

export const CSV_INPUT_ID = "report-field-targets-csv";
const MAX_CSV_MB = 2;
const MAX_CSV_BYTES = MAX_CSV_MB * 1024 * 1024;

interface CsvImportFieldProps {
  /** The links already in the field, one per entry. */
  current: string[];
  max: number;
  disabled: boolean;
  onImport: (lines: string[]) => void;
}

type Outcome = { kind: "done"; text: string } | { kind: "error"; text: string };

/** "Import links from a CSV file": reads the file here, in the browser, and adds its links to the field. */
export function CsvImportField({ current, max, disabled, onImport }: CsvImportFieldProps) {
  const { t } = useTranslation("reportForm");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const resetRef = useRef<() => void>(null);

  const read = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      setOutcome({ kind: "error", text: t("csv.fileTooLarge", { mb: MAX_CSV_MB }) });
      return;
    }
    const answer = importCsvLinks(current, await file.text(), max);
    if (!answer.ok) {
      setOutcome({ kind: "error", text: answer.error });
      return;
    }
    const { added, alreadyListed, lines } = answer.result;
    onImport(lines);
    const skipped = alreadyListed > 0 ? t("csv.alreadyListed", { count: alreadyListed }) : "";
    setOutcome({ kind: "done", text: t("csv.imported", { count: added, skipped }) });
  };

  return (
    <div>
      <Group gap="sm" align="center" mt="xs">
        <FileButton
          onChange={read}
          accept=".csv,.txt,text/csv,text/plain"
          resetRef={resetRef}
          disabled={disabled}
          inputProps={{ id: CSV_INPUT_ID, "aria-describedby": "report-csv-help" }}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="xs"
              leftSection={<UploadIcon size={16} />}
              disabled={disabled}
              aria-describedby="report-csv-help"
            >
              {t("csv.button")}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed" id="report-csv-help">
          {t("csv.help", { max })}
        </Text>
      </Group>
      <div role="status" aria-live="polite">
        {outcome?.kind === "done" && (
          <Text size="sm" c="green.8" fw={500} mt={4}>
            {outcome.text}
          </Text>
        )}
      </div>
      {outcome?.kind === "error" && (
        <Input.Error mt={4} role="alert">
          {outcome.text}
        </Input.Error>
      )}
    </div>
  );
}
