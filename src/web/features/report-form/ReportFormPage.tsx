import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { departmentName } from "../../ui/target-kinds.ts";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { useSession } from "../auth/session.ts";
import { reportTypeWords } from "../report-center/report-type-words.ts";
import { useReportTypes } from "../report-center/report-types.api.ts";
import { namesRightsOwner } from "./CommonFields.tsx";
import { ReportForm } from "./ReportForm.tsx";
import { RightGate } from "./RightField.tsx";

const route = getRouteApi("/report/$type");

export function ReportFormPage() {
  const { t } = useTranslation("reportForm");
  const { t: center } = useTranslation("reportCenter");
  const { type: typeId } = route.useParams();
  const { target, reason } = route.useSearch();
  const types = useReportTypes();
  const session = useSession();
  // A type filed from the thing itself (an abusive rating, from the rating) has no form of its own.
  const type = types.data?.find((t) => t.id === typeId && t.listed);
  const words = type ? reportTypeWords(type, center) : null;
  usePageTitle(words ? t("page.titleOf", { type: words.title }) : t("page.title"));

  const back = (
    <AnchorLink to="/report" search={{ target }} size="sm">
      {t("page.back")}
    </AnchorLink>
  );

  if (types.isPending || session.isPending) return <LoadingBlock rows={6} height={48} />;
  if (types.isError) return <ErrorBlock error={types.error} onRetry={() => types.refetch()} />;
  if (!type || !words) {
    return (
      <Stack gap="md">
        {back}
        <Title order={1}>{t("page.unknownTitle")}</Title>
        <Text>{t("page.unknown")}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={820} mx="auto">
      {back}
      <Stack gap={6}>
        <Title order={1} className="break-anywhere">
          {words.title}
        </Title>
        <Text c="dimmed">{words.summary}</Text>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t("page.handledBy")}
          </Text>
          <Badge variant="light">{departmentName(type.department)}</Badge>
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
