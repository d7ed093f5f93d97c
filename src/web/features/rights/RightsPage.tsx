import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Holder } from "../../../contracts/rights.ts";
import { CheckIcon } from "../../ui/icons.tsx";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { SignInPrompt } from "../auth/SignInPrompt.tsx";
import { useSession } from "../auth/session.ts";
import { AddRightForm } from "./AddRightForm.tsx";
import { HolderProfile } from "./HolderProfile.tsx";
import { HolderRegistrationForm } from "./HolderRegistrationForm.tsx";
import { RightsList } from "./RightsList.tsx";
import { useHolder, useMyRights } from "./rights.api.ts";

function Vault({ holder }: { holder: Holder }) {
  const { t } = useTranslation("rights");
  const rights = useMyRights(true);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  const done = (wasAdded: boolean) => {
    setAdding(false);
    setAdded(wasAdded);
    // Back to where the person started, so that keyboard users do not land at the top of the page.
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <Stack gap="xl">
      <HolderProfile holder={holder} />
      <Stack gap="md" component="section" aria-labelledby="vault-title">
        <Group justify="space-between" align="center">
          <Title order={2} size="h3" id="vault-title">
            {t("vault.title")}
          </Title>
          {!adding && (
            <Button
              ref={addButton}
              onClick={() => {
                setAdding(true);
                setAdded(false);
              }}
            >
              {t("vault.add")}
            </Button>
          )}
        </Group>
        {added && (
          <Alert
            color="green"
            icon={<CheckIcon />}
            role="status"
            withCloseButton
            onClose={() => setAdded(false)}
          >
            {t("vault.sent")}
          </Alert>
        )}
        {adding && <AddRightForm holderName={holder.legalName} onDone={done} />}
        {rights.isPending ? (
          <LoadingBlock rows={3} height={72} />
        ) : rights.isError ? (
          <ErrorBlock error={rights.error} title={t("vault.loadFailed")} onRetry={() => rights.refetch()} />
        ) : (
          <RightsList rights={rights.data.items} />
        )}
      </Stack>
    </Stack>
  );
}

/** /rights: the registration form until the member registers, then its profile and its vault of rights. */
export function RightsPage() {
  const { t } = useTranslation("rights");
  usePageTitle(t("title"));
  const session = useSession();
  const holder = useHolder(!!session.user);
  if (session.isPending) return <LoadingBlock rows={5} height={36} />;
  if (!session.user) return <SignInPrompt what={t("signInTo")} redirect="/rights" />;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t("title")}</Title>
        <Text c="dimmed">{t("intro")}</Text>
      </Stack>
      {holder.isPending ? (
        <LoadingBlock rows={5} height={36} />
      ) : holder.isError ? (
        <ErrorBlock error={holder.error} onRetry={() => holder.refetch()} />
      ) : holder.data ? (
        <Vault holder={holder.data} />
      ) : (
        <HolderRegistrationForm accountEmail={session.user.email} />
      )}
    </Stack>
  );
}
