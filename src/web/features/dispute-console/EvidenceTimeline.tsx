import { Button, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { focusElement } from "../../ui/form-errors.ts";
import { formatDateTime } from "../../ui/format.ts";
import { EvidenceFileLinks } from "../disputes/EvidenceFileLinks.tsx";
import { partyName } from "./dispute-console.labels.ts";

type Entry = ConsoleDispute["timeline"][number];

/** The first checkbox's id: where the focus goes when the ruling names no evidence. */
export const FIRST_EVIDENCE_ID = "evidence-entry-0";
const ERROR_ID = "evidence-error";

export const focusEvidence = () => focusElement(FIRST_EVIDENCE_ID);

export interface EvidenceChoice {
  chosen: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

function EntryText({ entry, dispute }: { entry: Entry; dispute: ConsoleDispute }) {
  return (
    <Stack gap={2}>
      {entry.text && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
          {entry.text}
        </Text>
      )}
      <EvidenceFileLinks files={entry.files} />
      <Text size="xs" c="dark.6">
        {partyName(entry.by, dispute)} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </Text>
    </Stack>
  );
}

function EntryRow({
  entry,
  index,
  dispute,
  choice,
}: {
  entry: Entry;
  index: number;
  dispute: ConsoleDispute;
  choice?: EvidenceChoice;
}) {
  const body = <EntryText entry={entry} dispute={dispute} />;
  return (
    <Paper
      component="li"
      p="sm"
      withBorder
      style={{ listStyle: "none" }}
      bg={entry.by === "system" ? "gray.0" : "white"}
    >
      {choice ? (
        <Checkbox
          id={index === 0 ? FIRST_EVIDENCE_ID : undefined}
          checked={choice.chosen.includes(entry.id)}
          onChange={(event) =>
            choice.onChange(
              event.currentTarget.checked
                ? [...choice.chosen, entry.id]
                : choice.chosen.filter((id) => id !== entry.id),
            )
          }
          label={
            <Text fw={600} size="sm" span>
              {entry.label}
            </Text>
          }
          description={body}
          aria-describedby={choice.error ? ERROR_ID : undefined}
        />
      ) : (
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {entry.label}
          </Text>
          {body}
        </Stack>
      )}
    </Paper>
  );
}

function ChoiceBar({ dispute, choice }: { dispute: ConsoleDispute; choice: EvidenceChoice }) {
  const { t } = useTranslation("disputeConsole");
  const all = dispute.timeline.map((entry) => entry.id);
  return (
    <Group justify="space-between" gap="xs">
      <Text size="sm" aria-live="polite">
        {t("timeline.chosen", { chosen: choice.chosen.length, total: all.length })}
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={() => choice.onChange(all)}>
          {t("timeline.all")}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => choice.onChange([])}
          disabled={choice.chosen.length === 0}
        >
          {t("timeline.clear")}
        </Button>
      </Group>
    </Group>
  );
}

/**
 * Proposals, messages, evidence and status changes in order. While a ruling is possible, each entry has
 * a checkbox: the ones ticked are the evidence the ruling names as considered.
 */
export function EvidenceTimeline({ dispute, choice }: { dispute: ConsoleDispute; choice?: EvidenceChoice }) {
  const { t } = useTranslation("disputeConsole");
  const list = (
    <Stack component="ol" gap="xs" m={0} p={0} aria-labelledby="timeline-heading">
      {dispute.timeline.map((entry, index) => (
        <EntryRow key={entry.id} entry={entry} index={index} dispute={dispute} choice={choice} />
      ))}
    </Stack>
  );
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby="timeline-heading"
      id="timeline"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="timeline-heading">
          {t("timeline.title")}
        </Title>
        {choice ? (
          <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
            <legend style={{ padding: 0, marginBottom: 8 }}>
              <Text size="sm">{t("timeline.tick")}</Text>
            </legend>
            <Stack gap="sm">
              <ChoiceBar dispute={dispute} choice={choice} />
              {choice.error && (
                <Text id={ERROR_ID} c="red.8" size="sm" fw={600}>
                  {choice.error}
                </Text>
              )}
              {list}
            </Stack>
          </fieldset>
        ) : (
          list
        )}
      </Stack>
    </Paper>
  );
}
