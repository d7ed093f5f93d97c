import { Alert, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { ReportTypeInfo } from "../../../contracts/report-types.ts";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { AssistantLink } from "../help/AssistantCard.tsx";
import { useResolvedTarget } from "../report-form/report-form.api.ts";
import { TargetCard } from "../report-form/TargetCard.tsx";
import { OrderDisputeCallout } from "./OrderDisputeCallout.tsx";
import { ReportTypeCard } from "./ReportTypeCard.tsx";
import { useReportTypes } from "./report-types.api.ts";

const route = getRouteApi("/report");

export function ReportCenterPage() {
  const { t } = useTranslation("reportCenter");
  usePageTitle(t("title"));
  const { target } = route.useSearch();
  const navigate = useNavigate();
  const types = useReportTypes();
  const resolved = useResolvedTarget(target ?? "");

  const choose = (type: ReportTypeInfo) =>
    navigate({ to: "/report/$type", params: { type: type.id }, search: { target } });

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t("title")}</Title>
        <Text c="dimmed" maw={720}>
          {t("intro")}
        </Text>
        <Text size="sm">
          {t("lostLink")}{" "}
          <AnchorLink to="/report/find" fw={600} c="indigo.9">
            {t("findMyReport")}
          </AnchorLink>
        </Text>
      </Stack>
      <OrderDisputeCallout />
      <AssistantLink />
      {target && (
        <Alert variant="light" color="indigo" icon={<InfoIcon />} title={t("reporting")}>
          {resolved.isSuccess ? (
            <TargetCard url={target} resolved={resolved} />
          ) : (
            <Text size="sm" className="break-anywhere">
              {target}
            </Text>
          )}
        </Alert>
      )}
      {types.isPending && <LoadingBlock rows={3} height={120} />}
      {types.isError && <ErrorBlock error={types.error} onRetry={() => types.refetch()} />}
      {types.data && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
          {types.data
            .filter((type) => type.listed)
            .map((type) => (
              <ReportTypeCard key={type.id} type={type} onChoose={choose} />
            ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
