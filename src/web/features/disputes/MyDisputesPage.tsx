import { Paper, Stack, Tabs, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Side } from "../../../contracts/disputes.ts";
import { ButtonLink } from "../../ui/links.tsx";
import { PagedList } from "../../ui/PagedList.tsx";
import { LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { DisputeSummaryCards } from "./DisputeSummaryCards.tsx";
import { useMyDisputes } from "./disputes.api.ts";
import { validateMyDisputesSearch } from "./my-disputes.search.ts";

const route = getRouteApi("/my/disputes");

function EmptyDisputes({ side }: { side: Side }) {
  const { t } = useTranslation("disputes");
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="sm">
        <Title order={2} size="h4">
          {side === "buyer" ? t("list.noneBuyerTitle") : t("list.noneSellerTitle")}
        </Title>
        <Text c="dimmed" size="sm" maw={520}>
          {side === "buyer" ? t("list.noneBuyer") : t("list.noneSeller")}
        </Text>
        {side === "buyer" && <ButtonLink to="/my/orders">{t("list.goToOrders")}</ButtonLink>}
      </Stack>
    </Paper>
  );
}

function DisputeList({ side }: { side: Side }) {
  const { t } = useTranslation("disputes");
  const query = useMyDisputes(side, true);
  return (
    <PagedList
      query={query}
      loading={{ rows: 4, height: 96 }}
      errorTitle={t("list.loadFailed")}
      empty={<EmptyDisputes side={side} />}
    >
      {(disputes) => (
        <DisputeSummaryCards
          disputes={disputes}
          label={side === "buyer" ? t("list.buyerList") : t("list.sellerList")}
        />
      )}
    </PagedList>
  );
}

export function MyDisputesPage() {
  const role: Side = route.useSearch().role ?? "buyer";
  const navigate = route.useNavigate();
  const { t } = useTranslation("disputes");
  usePageTitle(role === "buyer" ? t("list.title") : t("list.asSellerTitle"));
  const session = useSession();
  if (session.isPending) return <LoadingBlock rows={4} height={96} />;
  if (!session.user)
    return (
      <SignInPrompt
        what={t("list.signInTo")}
        redirect={role === "buyer" ? "/my/disputes" : "/my/disputes?role=seller"}
      />
    );
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t("list.title")}</Title>
        <Text c="dimmed" maw={720}>
          {t("list.intro")}
        </Text>
      </Stack>
      <Tabs
        value={role}
        onChange={(value) => void navigate({ search: validateMyDisputesSearch({ role: value }) })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="buyer">{t("list.asBuyer")}</Tabs.Tab>
          <Tabs.Tab value="seller">{t("list.asSeller")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="buyer" pt="md">
          <DisputeList side="buyer" />
        </Tabs.Panel>
        <Tabs.Panel value="seller" pt="md">
          <DisputeList side="seller" />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
