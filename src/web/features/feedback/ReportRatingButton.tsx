import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type ReactNode, useEffect, useRef } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { Feedback } from "../../../contracts/feedback.ts";
import { type ExistingRecord, existingOf } from "../../api/http.ts";
import { CheckIcon, InfoIcon, ShieldIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { useFullScreenDialog } from "../../ui/useFullScreenDialog.ts";
import { useSession } from "../auth/session.ts";
import { AbuseReportForm } from "./AbuseReportForm.tsx";
import { useReportFeedbackAbuse } from "./feedback.api.ts";

type RatingToReport = Pick<Feedback, "id" | "buyerName" | "itemTitle" | "reportableUntil"> & {
  /** The one looking wrote it: its author does not report it. */
  mine?: boolean;
};

// Both refusals name my own report on this rating: it stands reported.
const ALREADY_REPORTED = ["duplicate_report", "already_reported"];

const stillReportable = (until: string | null) => until !== null && Date.parse(until) > Date.now();

/** What replaced the form takes the focus, so that a screen reader reads it and Tab starts there. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** The dialog's outcome in place of the form: a notice that takes the focus, and Close. */
function DialogOutcome({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  const { t } = useTranslation("feedback");
  const focus = useFocusOnMount<HTMLDivElement>();
  return (
    <Stack gap="md">
      <div ref={focus} tabIndex={-1} style={{ outline: "none" }}>
        {children}
      </div>
      <Group justify="flex-end">
        <Button onClick={onClose}>{t("abuse.done")}</Button>
      </Group>
    </Stack>
  );
}

function ReportSent({ report }: { report: ExistingRecord }) {
  const { t } = useTranslation("feedback");
  return (
    <Alert
      color="green"
      icon={<CheckIcon />}
      title={t("abuse.sentTitle", { reference: report.reference })}
      role="status"
    >
      <Stack gap={6}>
        <Text size="sm">{t("abuse.sentText")}</Text>
        <Group gap="md">
          <AnchorLink to="/my/reports/$id" params={{ id: report.id }} size="sm" fw={600}>
            {t("abuse.openReport")}
          </AnchorLink>
          <AnchorLink to="/my/reports" size="sm">
            {t("abuse.myReports")}
          </AnchorLink>
        </Group>
      </Stack>
    </Alert>
  );
}

function AlreadyReported({ report }: { report: ExistingRecord }) {
  const { t } = useTranslation("feedback");
  return (
    <Alert color="indigo" icon={<InfoIcon />} role="status">
      <Stack gap={6}>
        <Text size="sm">
          <Trans
            t={t}
            i18nKey="abuse.already"
            values={{ reference: report.reference }}
            components={{ nowrap: <span style={{ whiteSpace: "nowrap" }} /> }}
          />
        </Text>
        <AnchorLink to="/my/reports/$id" params={{ id: report.id }} size="sm" fw={600}>
          {t("abuse.openReport")}
        </AnchorLink>
      </Stack>
    </Alert>
  );
}

/**
 * "Report" on a shown rating, for signed-in visitors while the rating may still be reported: a dialog
 * with the reason and a note; once sent, the button says "Reported" and opens the report's reference.
 */
export function ReportRatingButton({ rating }: { rating: RatingToReport }) {
  const { t } = useTranslation("feedback");
  const { user } = useSession();
  const [opened, dialog] = useDisclosure(false);
  const fullScreen = useFullScreenDialog();
  const report = useReportFeedbackAbuse(rating.id);
  const existing = existingOf(report.error, ALREADY_REPORTED);
  const reported = report.data ?? existing;
  if (!user || rating.mine || (!reported && !stillReportable(rating.reportableUntil))) return null;

  const names = { buyer: rating.buyerName, item: rating.itemTitle };
  const formId = `abuse-${rating.id}`;
  return (
    <>
      <Button
        variant="subtle"
        color={reported ? "gray" : "red"}
        size="compact-sm"
        leftSection={reported ? <CheckIcon size={14} /> : <ShieldIcon size={14} />}
        aria-label={reported ? t("abuse.reportedLabel", names) : t("abuse.reportLabel", names)}
        onClick={dialog.open}
      >
        {reported ? t("abuse.reported") : t("abuse.report")}
      </Button>
      <Modal
        opened={opened}
        onClose={dialog.close}
        title={t("abuse.title")}
        size="lg"
        fullScreen={fullScreen}
        closeButtonProps={{ "aria-label": t("abuse.close") }}
      >
        {reported ? (
          <DialogOutcome onClose={dialog.close}>
            {report.data ? <ReportSent report={report.data} /> : <AlreadyReported report={reported} />}
          </DialogOutcome>
        ) : (
          <AbuseReportForm id={formId} report={report} onCancel={dialog.close} />
        )}
      </Modal>
    </>
  );
}
