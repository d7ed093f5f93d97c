import { Alert, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../api/http.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { isOneOf } from "../../ui/one-of.ts";

export interface FormProblem {
  /** The server's refusal, or null when the form's own check failed. */
  error: ApiError | null;
  /** Messages for fields that are not on the page. */
  unplaced: string[];
}

const TITLED = [
  "invalid_input",
  "unsupported_file_type",
  "file_too_large",
  "too_many_files",
  "already_registered",
  "not_registered",
  "network_error",
] as const;

/** The alert above a form: why it was not sent, in words a person can act on. It takes the focus. */
export function FormProblemAlert({ id, problem }: { id: string; problem: FormProblem }) {
  const { t } = useTranslation("rights");
  const code = problem.error?.code ?? "invalid_input";
  return (
    <Alert
      color="red"
      icon={<AlertIcon />}
      title={isOneOf(TITLED, code) ? t(`problem.titles.${code}`) : t("problem.notSent")}
      role="alert"
      tabIndex={-1}
      id={id}
    >
      <Text size="sm">{problem.error ? problem.error.message : t("problem.checkFields")}</Text>
      {problem.unplaced.length > 0 && (
        <List size="sm" mt="xs">
          {problem.unplaced.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
