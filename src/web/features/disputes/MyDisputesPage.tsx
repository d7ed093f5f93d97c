import { Paper, Stack, Tabs, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
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

const LIST_NAMES: Record<Side, string> = {
  buyer: "Disputes I opened",
  seller: "Disputes on my stores",
};

function EmptyDisputes({ side }: { side: Side }) {
  return (
    <Paper withBorder p="xl" ta="center">
      <Stack align="center" gap="sm">
        <Title order={2} size="h4">
          {side === "buyer"
            ? "You have not opened any disputes"
            : "No buyer has opened a dispute on your stores"}
        </Title>
        <Text c="dimmed" size="sm" maw={520}>
          {side === "buyer"
            ? "If an order did not arrive, is not as described, or arrived damaged, open a dispute from My Orders."
            : "When a buyer opens a dispute on an order from one of your stores, it appears here, with what you must do and by when."}
        </Text>
        {side === "buyer" && <ButtonLink to="/my/orders">Go to My Orders</ButtonLink>}
      </Stack>
    </Paper>
  );
}

function DisputeList({ side }: { side: Side }) {
  const query = useMyDisputes(side, true);
  return (
    <PagedList
      query={query}
      loading={{ rows: 4, height: 96 }}
      errorTitle="Could not load your disputes"
      empty={<EmptyDisputes side={side} />}
    >
      {(disputes) => <DisputeSummaryCards disputes={disputes} label={LIST_NAMES[side]} />}
    </PagedList>
  );
}

export function MyDisputesPage() {
  const role: Side = route.useSearch().role ?? "buyer";
  const navigate = route.useNavigate();
  usePageTitle(role === "buyer" ? "My Disputes" : "My Disputes · As a seller");
  const session = useSession();
  if (session.isPending) return <LoadingBlock rows={4} height={96} />;
  if (!session.user)
    return (
      <SignInPrompt
        what="see your disputes"
        redirect={role === "buyer" ? "/my/disputes" : "/my/disputes?role=seller"}
      />
    );
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>My Disputes</Title>
        <Text c="dimmed" maw={720}>
          Disputes about orders: the ones you opened as a buyer, and those buyers opened on your stores. Each
          shows who must act next and by when.
        </Text>
      </Stack>
      <Tabs
        value={role}
        onChange={(value) => void navigate({ search: validateMyDisputesSearch({ role: value }) })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="buyer">As a buyer</Tabs.Tab>
          <Tabs.Tab value="seller">As a seller</Tabs.Tab>
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
