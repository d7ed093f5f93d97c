import { Alert, List, Text } from "@mantine/core";
import type { ApiError } from "../../api/http.ts";
import { AlertIcon } from "../../ui/icons.tsx";

export interface FormProblem {
  /** The server's refusal, or null when the form's own check failed. */
  error: ApiError | null;
  /** Messages for fields that are not on the page. */
  unplaced: string[];
}

const TITLES: Record<string, string> = {
  invalid_input: "Some fields need your attention",
  unsupported_file_type: "A file was not accepted",
  file_too_large: "A file is too large",
  too_many_files: "Too many files",
  already_registered: "You are already registered",
  not_registered: "Register first",
  network_error: "Nothing was sent",
};

/** The alert above a form: why it was not sent, in words a person can act on. It takes the focus. */
export function FormProblemAlert({ id, problem }: { id: string; problem: FormProblem }) {
  const code = problem.error?.code ?? "invalid_input";
  return (
    <Alert
      color="red"
      icon={<AlertIcon />}
      title={TITLES[code] ?? "This was not sent"}
      role="alert"
      tabIndex={-1}
      id={id}
    >
      <Text size="sm">
        {problem.error ? problem.error.message : "Please check the fields marked in red below."}
      </Text>
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
