import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PagedList } from "../../ui/PagedList.tsx";
import { ReceivedComplaintList } from "./ReceivedComplaintList.tsx";
import { useReceivedComplaints } from "./received.api.ts";

function EmptyReceived() {
  const { t } = useTranslation("myReports");
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="sm">
        <Title order={2} size="h4">
          {t("received.noneTitle")}
        </Title>
        <Text c="dimmed" size="sm">
          {t("received.none")}
        </Text>
      </Stack>
    </Paper>
  );
}

/** My Reports → Received: complaints about the stores and listings I sell through. */
export function ReceivedComplaints() {
  const { t } = useTranslation("myReports");
  return (
    <PagedList
      query={useReceivedComplaints(true)}
      loading={{ rows: 4, height: 96 }}
      empty={<EmptyReceived />}
    >
      {(complaints) => (
        <>
          <Text size="sm" c="dimmed">
            {t("received.privacy")}
          </Text>
          <ReceivedComplaintList complaints={complaints} />
        </>
      )}
    </PagedList>
  );
}
