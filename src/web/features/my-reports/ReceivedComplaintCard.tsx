import { Card, Stack, Text, Title } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import type { ReceivedComplaintDetail } from "../../../contracts/received.ts";
import { formatDateTime } from "../../ui/format.ts";
import { ReportDetailsList } from "./ReportDetailsList.tsx";
import { reportTypeOf, reportTypeTitle } from "./received.labels.ts";

type Complaint = ReceivedComplaintDetail["complaints"][number];

/** One complaint about my store or listing: its type, who complained (if I may know), and what they said. */
export function ReceivedComplaintCard({ complaint, index }: { complaint: Complaint; index: number }) {
  const { t } = useTranslation("myReports");
  const type = reportTypeOf(complaint.type);
  const headingId = `complaint-${index}-heading`;
  return (
    <Card component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={3} size="h5" id={headingId}>
            {reportTypeTitle(complaint.type)}
          </Title>
          <Text size="xs" c="dimmed">
            <Trans
              t={t}
              i18nKey="complaint.receivedAt"
              values={{ date: formatDateTime(complaint.receivedAt) }}
              components={{ time: <time dateTime={complaint.receivedAt} /> }}
            />
          </Text>
        </Stack>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t("complaint.whoComplained")}
          </Text>
          <Text size="sm">{complaint.complainant.label}</Text>
          <Text size="xs" c="dimmed">
            {t(`complaint.complainant.${complaint.complainant.kind}`)}
          </Text>
        </Stack>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t("complaint.whatTheyWrote")}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
            {complaint.description}
          </Text>
        </Stack>
        {Object.keys(complaint.details).length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("complaint.details")}
            </Text>
            <ReportDetailsList type={type} details={complaint.details} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
