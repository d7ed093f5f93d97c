import { Alert, List, Text } from "@mantine/core";
import type { ApiError } from "../../api/http.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";

export interface SubmitProblem {
  /** The server's refusal, or null when the form's own check failed. */
  error: ApiError | null;
  /** Messages for fields that are not on the page. */
  unplaced: string[];
}

interface ExistingReport {
  id: string;
  reference: string;
}

function existingOf(error: ApiError): ExistingReport | null {
  const existing = error.body.existing as Partial<ExistingReport> | undefined;
  if (existing && typeof existing.id === "string" && typeof existing.reference === "string") {
    return { id: existing.id, reference: existing.reference };
  }
  return null;
}

const TITLES: Record<string, string> = {
  invalid_input: "Some fields need your attention",
  duplicate_report: "You already reported this",
  rate_limited: "Too many reports for now",
  unsupported_file_type: "A file was not accepted",
  file_too_large: "A file is too large",
  payload_too_large: "The report is too large",
  too_many_files: "Too many files",
  target_not_found: "A link was not recognised",
  target_foreign_site: "A link points to another website",
  network_error: "The report was not sent",
  reporting_suspended: "Your reports are suspended for now",
};

function DuplicateNotice({ existing, signedIn }: { existing: ExistingReport; signedIn: boolean }) {
  if (signedIn) {
    return (
      <Text size="sm">
        Your report{" "}
        <AnchorLink to="/my/reports/$id" params={{ id: existing.id }} fw={600}>
          {existing.reference}
        </AnchorLink>{" "}
        about the same thing is still open. You can follow it in My Reports.
      </Text>
    );
  }
  return (
    <Text size="sm">
      Your report <strong>{existing.reference}</strong> about the same thing is still open. Follow it with the
      private link in the receipt email we sent you.
    </Text>
  );
}

/** The alert above the form: why the report was not sent, in words a person can act on. */
export function SubmitErrorAlert({ problem, signedIn }: { problem: SubmitProblem; signedIn: boolean }) {
  const { error, unplaced } = problem;
  const code = error?.code ?? "invalid_input";
  const existing = error && code === "duplicate_report" ? existingOf(error) : null;
  return (
    <Alert
      color="red"
      icon={<AlertIcon />}
      title={TITLES[code] ?? "The report was not sent"}
      role="alert"
      tabIndex={-1}
      id="report-submit-error"
    >
      {existing ? (
        <DuplicateNotice existing={existing} signedIn={signedIn} />
      ) : (
        <Text size="sm">{error ? error.message : "Please check the fields marked in red below."}</Text>
      )}
      {code === "rate_limited" && (
        <Text size="sm" mt={4}>
          Your form is kept: wait a little and press “Send report” again.
        </Text>
      )}
      {code === "reporting_suspended" && signedIn && (
        <Text size="sm" mt={4}>
          See why, and until when, in{" "}
          <AnchorLink to="/my/reports" search={{ box: "record" }} fw={600}>
            My Reports → My record
          </AnchorLink>
          .
        </Text>
      )}
      {unplaced.length > 0 && (
        <List size="sm" mt="xs">
          {unplaced.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
