import { Badge, Button, Card, Group, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { z } from "zod";
import { type OutcomeTemplate, SetOutcomeTemplate } from "../../../contracts/admin.ts";
import { ApiError } from "../../api/http.ts";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useSetOutcomeTemplate } from "./admin.api.ts";
import { TEMPLATE_LABELS } from "./admin.labels.ts";

type Template = z.infer<typeof OutcomeTemplate>;

/** One outcome message: its text, whether it is the built-in one, Save and Restore default. */
export function OutcomeTemplateCard({ template }: { template: Template }) {
  const { label, help } = TEMPLATE_LABELS[template.key];
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
      setError("Keep the message to at most 2000 characters.");
      document.getElementById(fieldId)?.focus();
      return;
    }
    setError(undefined);
    save.mutate(checked.data.text, {
      onSuccess: () =>
        notifications.show({
          color: "green",
          message:
            restoring || checked.data.text === "" ? `“${label}”: default restored.` : `“${label}”: saved.`,
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
                Default
              </Badge>
            ) : (
              <Badge variant="light" color="indigo" style={{ flexShrink: 0 }}>
                Reworded
              </Badge>
            )}
          </Group>
          <Textarea
            id={fieldId}
            description={`${help} Leave it empty and save to restore the default.`}
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
              {changed ? "Not saved yet." : ""}
            </Text>
            <Group gap="xs">
              {!template.isDefault && (
                <Button variant="default" onClick={() => send("", true)} disabled={save.isPending}>
                  Restore default
                </Button>
              )}
              <Button type="submit" loading={save.isPending} disabled={!changed}>
                Save
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
