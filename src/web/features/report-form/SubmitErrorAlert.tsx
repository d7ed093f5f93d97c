import { Alert, List, Text } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import { type ApiError, type ExistingRecord, existingOf } from "../../api/http.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { isOneOf } from "../../ui/one-of.ts";
import { reportFormText } from "./report-form.text.ts";

export interface SubmitProblem {
  /** The server's refusal, or null when the form's own check failed. */
  error: ApiError | null;
  /** Messages for fields that are not on the page. */
  unplaced: string[];
}

/** The refusals with a title of their own; any other says only that the report was not sent. */
const TITLED_CODES = Object.keys(reportFormText.en.submitError.titles) as Array<
  keyof typeof reportFormText.en.submitError.titles
>;

function DuplicateNotice({ existing, signedIn }: { existing: ExistingRecord; signedIn: boolean }) {
  const { t } = useTranslation("reportForm");
  return (
    <Text size="sm">
      <Trans
        t={t}
        i18nKey={signedIn ? "submitError.stillOpen" : "submitError.stillOpenGuest"}
        values={{ reference: existing.reference }}
        components={{
          report: <AnchorLink to="/my/reports/$id" params={{ id: existing.id }} fw={600} />,
          strong: <strong />,
        }}
      />
    </Text>
  );
}

/** The alert above the form: why the report was not sent, in words a person can act on. */
export function SubmitErrorAlert({ problem, signedIn }: { problem: SubmitProblem; signedIn: boolean }) {
  const { t } = useTranslation("reportForm");
  const { error, unplaced } = problem;
  const code = error?.code ?? "invalid_input";
  const existing = existingOf(error, ["duplicate_report"]);
  return (
    <Alert
      color="red"
      icon={<AlertIcon />}
      title={isOneOf(TITLED_CODES, code) ? t(`submitError.titles.${code}`) : t("submitError.otherTitle")}
      role="alert"
      tabIndex={-1}
      id="report-submit-error"
    >
      {existing ? (
        <DuplicateNotice existing={existing} signedIn={signedIn} />
      ) : (
        <Text size="sm">{error ? error.message : t("submitError.checkFields")}</Text>
      )}
      {code === "rate_limited" && (
        <Text size="sm" mt={4}>
          {t("submitError.formKept")}
        </Text>
      )}
      {code === "reporting_suspended" && signedIn && (
        <Text size="sm" mt={4}>
          <Trans
            t={t}
            i18nKey="submitError.seeRecord"
            components={{ record: <AnchorLink to="/my/reports" search={{ box: "record" }} fw={600} /> }}
          />
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
