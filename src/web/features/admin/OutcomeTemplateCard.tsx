import { Badge, Button, Card, Group, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type OutcomeTemplate, SetOutcomeTemplate } from "../../../contracts/admin.ts";
import { ApiError } from "../../api/http.ts";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useSetOutcomeTemplate } from "./admin.api.ts";
import { templateLabel } from "./admin.labels.ts";

type Template = z.infer<typeof OutcomeTemplate>;

/** One outcome message: its text, whether it is the built-in one, Save and Restore default. */
export function OutcomeTemplateCard({ template }: { template: Template }) {
  const { t } = useTranslation("admin");
  const { label, help } = templateLabel(template.key);
  const [text, setText] = useState(template.text);
  const [saved, setSaved] = useState(template.text);
  const [error, setError] = useState<string | undefined>();
  const save = useSetOutcomeTemplate(template.key);
  const headingId = `template-${template.key}`;
  const fieldId = `template-${template.key}-text`;

  // The server's text wins whenever it changes (after a save or a restore), unless it is being edited.
  if (template.text !== saved) {
    setSaved(template.text);
    setText(template.text);
  }

  const send = (value: string, restoring: boolean) => {
    const checked = SetOutcomeTemplate.safeParse({ text: value });
    if (!checked.success) {
      setError(t("outcome.tooLong"));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setError(undefined);
    save.mutate(checked.data.text, {
      onSuccess: () =>
        notifications.show({
          color: "green",
          message:
            restoring || checked.data.text === ""
              ? t("outcome.restored", { label })
              : t("outcome.saved", { label }),
        }),
      onError: (failure) =>
        setError(
          failure instanceof ApiError ? (failure.fields.text ?? failure.message) : errorMessageOf(failure),
        ),
    });
  };

  const changed = text !== template.text;
  return (
    <Card withBorder>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send(text, false);
        }}
        noValidate
      >
        <Stack gap="sm">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Text component="label" htmlFor={fieldId} id={headingId} fw={600} size="sm">
              {label}
            </Text>
            {template.isDefault ? (
              <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                {t("outcome.default")}
              </Badge>
            ) : (
              <Badge variant="light" color="indigo" style={{ flexShrink: 0 }}>
                {t("outcome.reworded")}
              </Badge>
            )}
          </Group>
          <Textarea
            id={fieldId}
            description={t("outcome.emptyRestores", { help })}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={error}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={2000}
            mt={-8}
          />
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="xs" c="dimmed" aria-live="polite">
              {changed ? t("outcome.notSaved") : ""}
            </Text>
            <Group gap="xs">
              {!template.isDefault && (
                <Button variant="default" onClick={() => send("", true)} disabled={save.isPending}>
                  {t("outcome.restore")}
                </Button>
              )}
              <Button type="submit" loading={save.isPending} disabled={!changed}>
                {t("outcome.save")}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
