import { Badge, Card, Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FileAppeal, type ReporterAppealLink, ReporterAppealLinks } from "../../../contracts/appeals.ts";
import type { ReportDetail } from "../../../contracts/reports.ts";
import { ApiError, getParsed, withQuery } from "../../api/http.ts";
import { postWithEvidence, type TextWithEvidence } from "../../api/upload.ts";
import { formatDate } from "../../ui/format.ts";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";
import { evidenceLimitsText } from "../../ui/useEvidenceFiles.ts";
import { AppealStatusCard } from "./AppealStatusCard.tsx";

/** What the appeal forms of reporters and sellers share: the question, the refusals, the files. */
export function useAppealFormText() {
  const { t } = useTranslation("appeals");
  return {
    label: t("form.label"),
    refusals: {
      already_appealed: t("refusals.already_appealed"),
      appeal_too_late: t("refusals.appeal_too_late"),
      nothing_to_appeal: t("refusals.nothing_to_appeal"),
      not_decided: t("refusals.not_decided"),
    },
    // Only the staff member who reviews the appeal sees its files.
    evidence: {
      label: t("form.evidenceLabel"),
      help: `${t("form.evidenceHelp")} ${evidenceLimitsText()}`,
      sentWith: "appeal",
    },
  };
}

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
  const { t } = useTranslation("appeals");
  const shared = useAppealFormText();
  const [caseId, setCaseId] = useState(links[0]?.caseId ?? "");
  const send = useFileLinkAppeal(reportId, token, caseId);
  const chosen = links.find((l) => l.caseId === caseId) ?? links[0];
  const caseError = send.error instanceof ApiError ? send.error.fields.caseId : undefined;
  const several = links.length > 1;
  return (
    <Card component="section" aria-labelledby="appeal-form-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="appeal-form-heading">
          {several ? t("form.titleMany") : t("form.titleOne")}
        </Title>
        <Text size="sm">
          {chosen?.appealableUntil
            ? t("form.introUntil", { date: formatDate(chosen.appealableUntil) })
            : t("form.intro")}
        </Text>
        {several && (
          <NativeSelect
            id="report-appeal-link"
            label={t("form.link")}
            description={t("form.linkHelp", { count: links.length })}
            data={links.map((l) => ({ value: l.caseId, label: `${l.title} — ${l.url}` }))}
            value={caseId}
            onChange={(event) => setCaseId(event.currentTarget.value)}
            error={caseError}
          />
        )}
        <TextSubmitForm
          id="report-appeal-statement"
          label={shared.label}
          description={t("form.help")}
          schema={FileAppeal}
          field="statement"
          max={5000}
          submitLabel={t("form.submit")}
          failedTitle={t("form.failed")}
          titles={shared.refusals}
          mutation={send}
          evidence={shared.evidence}
          onSent={() => {
            onSent();
            notifications.show({ color: "green", title: t("form.sentTitle"), message: t("form.sent") });
          }}
        />
      </Stack>
    </Card>
  );
}

/** My appeals on a report with several links: one line per appealed link, with its status. */
function LinkAppeals({ links }: { links: ReporterAppealLink[] }) {
  const { t } = useTranslation("appeals");
  return (
    <Card component="section" aria-labelledby="link-appeals-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="link-appeals-heading">
          {t("form.yourAppeals")}
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
                    {t(`headings.${link.appeal.status}`)}
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
  const { t } = useTranslation("appeals");
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
        <AppealStatusCard
          appeal={single}
          focusOnMount={sentHere.current}
          reversedNote={t("form.reporterReversed")}
        />
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
