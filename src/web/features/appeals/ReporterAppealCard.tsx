import { Badge, Card, Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { FileAppeal, type ReporterAppealLink, ReporterAppealLinks } from "../../../contracts/appeals.ts";
import type { ReportDetail } from "../../../contracts/reports.ts";
import { ApiError, getParsed, withQuery } from "../../api/http.ts";
import { postWithEvidence, type TextWithEvidence } from "../../api/upload.ts";
import { formatDate } from "../../ui/format.ts";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { EVIDENCE_LIMITS_TEXT } from "../../ui/useEvidenceFiles.ts";
import { APPEAL_HEADINGS, AppealStatusCard } from "./AppealStatusCard.tsx";

export const APPEAL_REFUSALS: Record<string, string> = {
  already_appealed: "You already appealed this decision",
  appeal_too_late: "It is too late to appeal",
  nothing_to_appeal: "There is nothing to appeal",
  not_decided: "There is no decision to appeal yet",
};

export const APPEAL_LABEL = "Why should the decision change?";

/** The files an appeal may carry: only the staff member who reviews it sees them. */
export const APPEAL_EVIDENCE = {
  label: "Evidence files (optional)",
  help: `Documents, screenshots or photos that support your appeal; only Redress staff see them. ${EVIDENCE_LIMITS_TEXT}`,
  sentWith: "appeal",
};

const REVERSED_NOTE =
  "The case was reopened: a moderator decides it again, and you will be told the new outcome.";

const reportPath = (id: string) => `/api/v1/reports/${encodeURIComponent(id)}`;

/** Each link of the report with its decision and my appeal of it. */
function useAppealLinks(reportId: string, token: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ["report", reportId, "appeals", token ?? null],
    queryFn: ({ signal }) =>
      getParsed(withQuery(`${reportPath(reportId)}/appeals`, { token }), ReporterAppealLinks, signal),
    enabled,
  });
}

/** Appeals the decision on one link (once, within 6 months), with evidence files if any: 201, or 409. */
function useFileLinkAppeal(reportId: string, token: string | undefined, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ text, files, onProgress }: TextWithEvidence) =>
      postWithEvidence({
        url: withQuery(`${reportPath(reportId)}/appeal`, { token }),
        jsonPart: "appeal",
        body: { statement: text, caseId },
        files,
        onProgress,
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["report", reportId] }),
        queryClient.invalidateQueries({ queryKey: ["my-reports", "sent"] }),
      ]),
  });
}

interface FormProps {
  reportId: string;
  token?: string;
  /** The links whose decision may still be appealed; with several, the reporter picks one. */
  links: ReporterAppealLink[];
  onSent: () => void;
}

function AppealForm({ reportId, token, links, onSent }: FormProps) {
  const [caseId, setCaseId] = useState(links[0]?.caseId ?? "");
  const send = useFileLinkAppeal(reportId, token, caseId);
  const chosen = links.find((l) => l.caseId === caseId) ?? links[0];
  const caseError = send.error instanceof ApiError ? send.error.fields.caseId : undefined;
  const several = links.length > 1;
  return (
    <Card component="section" aria-labelledby="appeal-form-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="appeal-form-heading">
          {several ? "Appeal the decision on a link" : "Appeal this decision"}
        </Title>
        <Text size="sm">
          Think we got it wrong? A member of staff who did not take the decision reviews your appeal. Each
          link's decision can be appealed once
          {chosen?.appealableUntil ? `, this one until ${formatDate(chosen.appealableUntil)}` : ""}.
        </Text>
        {several && (
          <NativeSelect
            id="report-appeal-link"
            label="Link you appeal about"
            description={`${links.length} of your links got no action and can still be appealed.`}
            data={links.map((l) => ({ value: l.caseId, label: `${l.title} — ${l.url}` }))}
            value={caseId}
            onChange={(event) => setCaseId(event.currentTarget.value)}
            error={caseError}
          />
        )}
        <TextSubmitForm
          id="report-appeal-statement"
          label={APPEAL_LABEL}
          description="Between 20 and 5000 characters. Say what was missed or misjudged, as precisely as you can."
          schema={FileAppeal}
          field="statement"
          max={5000}
          submitLabel="Send appeal"
          failedTitle="Your appeal was not sent"
          titles={APPEAL_REFUSALS}
          mutation={send}
          evidence={APPEAL_EVIDENCE}
          onSent={() => {
            onSent();
            notifications.show({
              color: "green",
              title: "Appeal sent",
              message: "A colleague of the moderator will review it. We will email you the outcome.",
            });
          }}
        />
      </Stack>
    </Card>
  );
}

/** My appeals on a report with several links: one line per appealed link, with its status. */
function LinkAppeals({ links }: { links: ReporterAppealLink[] }) {
  return (
    <Card component="section" aria-labelledby="link-appeals-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="link-appeals-heading">
          Your appeals
        </Title>
        <Stack component="ul" gap="xs" p={0} m={0}>
          {links.map((link) =>
            link.appeal ? (
              <Stack key={link.caseId} component="li" gap={2} style={{ listStyle: "none" }}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={500} className="break-anywhere">
                    {link.title}
                  </Text>
                  <Badge
                    size="sm"
                    variant="light"
                    color={link.appeal.status === "reversed" ? "green" : "grape"}
                  >
                    {APPEAL_HEADINGS[link.appeal.status]}
                  </Badge>
                </Group>
                {link.appeal.reason && (
                  <Text size="sm" c="dimmed" className="break-anywhere">
                    {link.appeal.reason}
                  </Text>
                )}
              </Stack>
            ) : null,
          )}
        </Stack>
      </Stack>
    </Card>
  );
}

/**
 * The reporter's appeals: each link of a report has its own decision, and each "no action" decision may be
 * appealed once within 6 months (action taken leaves the reporter nothing to appeal). One link: its
 * appeal's status once sent, the form before. Several: the appeals sent, and a form that names the link.
 */
export function ReporterAppealCard({ report, token }: { report: ReportDetail; token?: string }) {
  const sentHere = useRef(false);
  const anyNoAction = report.targets.some((t) => t.outcome === "no_action") || !!report.appeal;
  const { data } = useAppealLinks(report.id, token, anyNoAction);
  if (!data) return null;
  const appealed = data.items.filter((l) => l.appeal);
  const open = data.items.filter((l) => l.appealableUntil);
  const single = data.items.length === 1 && appealed[0]?.appeal;
  const markSent = () => {
    sentHere.current = true;
  };
  return (
    <>
      {single ? (
        <AppealStatusCard appeal={single} focusOnMount={sentHere.current} reversedNote={REVERSED_NOTE} />
      ) : (
        appealed.length > 0 && <LinkAppeals links={appealed} />
      )}
      {open.length > 0 && (
        <AppealForm
          key={open.map((l) => l.caseId).join()}
          reportId={report.id}
          token={token}
          links={open}
          onSent={markSent}
        />
      )}
    </>
  );
}
