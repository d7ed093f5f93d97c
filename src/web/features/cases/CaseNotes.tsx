import { Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AddNote, type CaseDetail } from "../../../contracts/console.ts";
import { ApiError } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { CaseSection } from "./CaseSection.tsx";
import { useAddNote } from "./cases.api.ts";

/** Notes between moderators: never shown to reporters or sellers. */
export function CaseNotes({ caseId, notes }: { caseId: string; notes: CaseDetail["notes"] }) {
  const { t } = useTranslation("cases");
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | undefined>();
  const addNote = useAddNote(caseId);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const checked = AddNote.safeParse({ body });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? t("notes.write"));
      return;
    }
    setError(undefined);
    addNote.mutate(checked.data, {
      onSuccess: () => setBody(""),
      onError: (failure) =>
        setError(
          failure instanceof ApiError ? (failure.fields.body ?? failure.message) : errorMessageOf(failure),
        ),
    });
  };

  return (
    <CaseSection title={t("notes.title")} id="notes-heading">
      <Stack gap="md">
        {notes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("notes.none")}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0}>
            {notes.map((note) => (
              <Paper key={note.id} component="li" withBorder p="sm" style={{ listStyle: "none" }}>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
                  {note.body}
                </Text>
                <Text size="xs" c="dimmed" mt={4}>
                  {note.author.name} · <time dateTime={note.at}>{formatDateTime(note.at)}</time>
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t("notes.label")}
              description={t("notes.help")}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={error}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={5000}
              disabled={addNote.isPending}
            />
            <Group justify="flex-end">
              <Button type="submit" variant="default" loading={addNote.isPending}>
                {t("notes.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </CaseSection>
  );
}
