import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { DEPARTMENT_NAMES } from "../../../contracts/report-types.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useSession } from "../auth/session.ts";
import { useReportTypes } from "../report-center/report-types.api.ts";
import { namesRightsOwner } from "./CommonFields.tsx";
import { ReportForm } from "./ReportForm.tsx";
import { RightGate } from "./RightField.tsx";

const route = getRouteApi("/report/$type");

export function ReportFormPage() {
  const { type: typeId } = route.useParams();
  const { target, reason } = route.useSearch();
  const types = useReportTypes();
  const session = useSession();
  const type = types.data?.find((t) => t.id === typeId);
  usePageTitle(type ? `Report: ${type.title}` : "Report");

  const back = (
    <AnchorLink to="/report" search={{ target }} size="sm">
      ← All kinds of report
    </AnchorLink>
  );

  if (types.isPending || session.isPending) return <LoadingBlock rows={6} height={48} />;
  if (types.isError) return <ErrorBlock error={types.error} onRetry={() => types.refetch()} />;
  if (!type) {
    return (
      <Stack gap="md">
        {back}
        <Title order={1}>This kind of report does not exist</Title>
        <Text>Go back to the Report Center and choose the kind of problem you want to report.</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={820} mx="auto">
      {back}
      <Stack gap={6}>
        <Title order={1}>{type.title}</Title>
        <Text c="dimmed">{type.summary}</Text>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Handled by
          </Text>
          <Badge variant="light">{DEPARTMENT_NAMES[type.department]}</Badge>
        </Group>
      </Stack>
      <RightGate needed={namesRightsOwner(type)} signedIn={!!session.user} target={target}>
        <ReportForm
          key={`${type.id}:${target ?? ""}:${reason ?? ""}`}
          type={type}
          target={target}
          reason={reason}
          accountEmail={session.user?.email ?? null}
        />
      </RightGate>
    </Stack>
  );
}
