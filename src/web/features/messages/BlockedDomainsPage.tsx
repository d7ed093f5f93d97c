import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BlockDomain, type BlockedDomain, UnblockDomain } from "../../../contracts/messages.ts";
import { ApiError } from "../../api/http.ts";
import { ConsolePage } from "../../app/console/ConsolePage.tsx";
import { focusElement } from "../../ui/form-errors.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { EmptyNote, PagedList } from "../../ui/PagedList.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useBlockDomain, useBlockedDomains, useUnblockDomain } from "./messages.api.ts";

const IDS = { domain: "block-domain", reason: "block-reason" };

/** Field errors of a parse or of the server's answer, the first message per field. */
function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fields : {};
}

function AddDomainForm() {
  const { t } = useTranslation("messages");
  const [values, setValues] = useState({ domain: "", reason: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const block = useBlockDomain();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = BlockDomain.safeParse(values);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      return focusElement(found.domain ? IDS.domain : IDS.reason);
    }
    setErrors({});
    block.mutate(parsed.data, {
      onSuccess: (added) => {
        setValues({ domain: "", reason: "" });
        notifications.show({ color: "green", message: t("blocklist.added", { domain: added.domain }) });
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        setErrors(fields);
        focusElement(fields.reason && !fields.domain ? IDS.reason : IDS.domain);
      },
    });
  };
  const change =
    (key: "domain" | "reason") => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = event.currentTarget.value;
      setValues((v) => ({ ...v, [key]: value }));
      setErrors((e) => ({ ...e, [key]: "" }));
    };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="block-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="block-heading">
            {t("blocklist.add")}
          </Title>
          <TextInput
            id={IDS.domain}
            label={t("blocklist.domain")}
            description={t("blocklist.domainHelp")}
            value={values.domain}
            onChange={change("domain")}
            error={errors.domain || undefined}
            required
            autoComplete="off"
          />
          <Textarea
            id={IDS.reason}
            label={t("blocklist.reason")}
            description={t("blocklist.reasonHelp")}
            value={values.reason}
            onChange={change("reason")}
            error={errors.reason || undefined}
            required
            autosize
            minRows={2}
            maxLength={500}
          />
          {block.isError && Object.keys(fieldErrorsOf(block.error)).length === 0 && (
            <Alert color="red" icon={<AlertIcon />} role="alert">
              {errorMessageOf(block.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" color="red.8" loading={block.isPending}>
              {t("blocklist.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function UnblockButton({ domain }: { domain: string }) {
  const { t } = useTranslation("messages");
  const [opened, dialog] = useDisclosure(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const unblock = useUnblockDomain();
  const submit = () => {
    const parsed = UnblockDomain.safeParse({ reason });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    unblock.mutate(
      { domain, reason: parsed.data.reason },
      {
        onSuccess: () => {
          dialog.close();
          notifications.show({ color: "green", message: t("blocklist.removed", { domain }) });
        },
        onError: (e) => setError(fieldErrorsOf(e).reason ?? errorMessageOf(e)),
      },
    );
  };
  return (
    <>
      <Button
        variant="default"
        size="compact-sm"
        onClick={dialog.open}
        aria-label={t("blocklist.remove", { domain })}
      >
        {t("blocklist.removeSubmit")}
      </Button>
      <Modal
        opened={opened}
        onClose={dialog.close}
        closeButtonProps={{ "aria-label": t("close") }}
        title={t("blocklist.removeTitle", { domain })}
        centered
      >
        <Stack gap="md">
          <Textarea
            label={t("blocklist.removeReason")}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={dialog.close}>
              {t("blocklist.cancel")}
            </Button>
            <Button onClick={submit} loading={unblock.isPending}>
              {t("blocklist.removeSubmit")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function DomainRow({ entry }: { entry: BlockedDomain }) {
  const { t } = useTranslation("messages");
  return (
    <Paper component="li" withBorder p="sm" style={{ listStyle: "none" }}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} ff="monospace" className="break-anywhere">
            {entry.domain}
          </Text>
          <Text size="sm" className="break-anywhere">
            {entry.reason}
          </Text>
          <Text size="xs" c="dimmed">
            {t("blocklist.addedBy", { name: entry.addedBy, when: formatDateTime(entry.addedAt) })}
          </Text>
        </Stack>
        <UnblockButton domain={entry.domain} />
      </Group>
    </Paper>
  );
}

function DomainList() {
  const { t } = useTranslation("messages");
  const query = useBlockedDomains();
  if (query.error instanceof ApiError && query.error.status === 403)
    return (
      <Alert color="gray" icon={<AlertIcon />}>
        {t("blocklist.refused")}
      </Alert>
    );
  return (
    <Stack gap="lg">
      <AddDomainForm />
      <section aria-labelledby="blocked-list-heading">
        <Title order={2} size="h4" id="blocked-list-heading" mb="sm">
          {t("blocklist.list")}
        </Title>
        <PagedList
          query={query}
          loading={{ rows: 3, height: 56 }}
          errorTitle={t("blocklist.loadFailed")}
          empty={<EmptyNote>{t("blocklist.empty")}</EmptyNote>}
        >
          {(items) => (
            <Stack component="ul" gap="xs" p={0} m={0} aria-label={t("blocklist.list")}>
              {items.map((entry) => (
                <DomainRow key={entry.domain} entry={entry} />
              ))}
            </Stack>
          )}
        </PagedList>
      </section>
    </Stack>
  );
}

/** /console/blocked-domains: Fraud & Security's block list of link domains. */
export function BlockedDomainsPage() {
  const { t } = useTranslation("messages");
  return (
    <ConsolePage
      title={t("blocklist.title")}
      redirect="/console/blocked-domains"
      intro={t("blocklist.intro")}
    >
      <DomainList />
    </ConsolePage>
  );
}
