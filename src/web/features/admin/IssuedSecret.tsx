import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useClipboard } from "@mantine/hooks";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { IssuedApiKey } from "../../../contracts/integration.ts";
import { focusElement } from "../../ui/form-errors.ts";
import { ShieldIcon } from "../../ui/icons.tsx";

const SECRET_ID = "issued-api-key-secret";

/** Without a clipboard (an insecure origin, a refusal) the secret is selected, to be copied by hand. */
function selectSecret() {
  const field = document.getElementById(SECRET_ID);
  if (field instanceof HTMLTextAreaElement) field.select();
}

function CopyStatus({ copied, failed }: { copied: boolean; failed: boolean }) {
  const { t } = useTranslation("admin");
  return (
    <Text size="sm" c={failed ? "red.8" : undefined} aria-live="polite">
      {failed ? t("apiKeys.copyFailed") : copied ? t("apiKeys.copied") : ""}
    </Text>
  );
}

/**
 * The secret of the key just issued, this once: Redress keeps only its hash. The keyboard lands on it;
 * `onDismiss` is to drop it from the page.
 */
export function IssuedSecret({ issued, onDismiss }: { issued: IssuedApiKey; onDismiss: () => void }) {
  const { t } = useTranslation("admin");
  const clipboard = useClipboard({ timeout: 4000 });
  useEffect(() => focusElement(SECRET_ID), []);

  const copy = () => {
    clipboard.copy(issued.secret);
    selectSecret();
  };
  return (
    <Alert
      color="yellow"
      variant="outline"
      icon={<ShieldIcon />}
      title={t("apiKeys.issuedTitle", { name: issued.key.name })}
    >
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          {t("apiKeys.secretWarning")}
        </Text>
        {/* A text area, so that the whole secret shows and wraps at any width. */}
        <Textarea
          id={SECRET_ID}
          label={t("apiKeys.secret")}
          value={issued.secret}
          readOnly
          autosize
          minRows={1}
          onFocus={selectSecret}
          spellCheck={false}
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", wordBreak: "break-all" } }}
        />
        <Group gap="sm">
          <Button variant="default" onClick={copy}>
            {t("apiKeys.copy")}
          </Button>
          <CopyStatus copied={clipboard.copied} failed={clipboard.error !== null} />
        </Group>
        <Group justify="flex-end">
          <Button onClick={onDismiss}>{t("apiKeys.dismiss")}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
