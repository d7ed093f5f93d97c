import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { AlertIcon, CheckIcon } from "../../../ui/icons.tsx";
import { AnchorLink } from "../../../ui/links.tsx";
import type { BulkOutcome } from "./bulk-send.ts";

function summaryOf(outcomes: BulkOutcome[], t: TFunction<"decisions">) {
  const decided = outcomes.filter((o) => o.ok).length;
  if (decided === outcomes.length) return t("bulk.allDecided", { count: decided });
  if (decided === 0) return t("bulk.noneDecided");
  return t("bulk.someDecided", { decided, total: outcomes.length });
}

/** What happened to each case of a bulk decision. */
export function BulkResults({ outcomes, onDone }: { outcomes: BulkOutcome[]; onDone: () => void }) {
  const { t } = useTranslation("decisions");
  const heading = useRef<HTMLHeadingElement>(null);
  const allOk = outcomes.every((o) => o.ok);
  useEffect(() => heading.current?.focus(), []);

  return (
    <Stack gap="md">
      <Title order={2} size="h4" ref={heading} tabIndex={-1} id="bulk-results-heading">
        {t("bulk.results")}
      </Title>
      <Alert color={allOk ? "green" : "orange"} icon={allOk ? <CheckIcon /> : <AlertIcon />} role="status">
        {summaryOf(outcomes, t)}
      </Alert>
      <Stack component="ul" gap="xs" p={0} m={0} aria-labelledby="bulk-results-heading">
        {outcomes.map((outcome) => (
          <Paper key={outcome.caseId} component="li" withBorder p="sm" style={{ listStyle: "none" }}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <AnchorLink
                to="/console/cases/$id"
                params={{ id: outcome.caseId }}
                size="sm"
                fw={600}
                className="break-anywhere"
              >
                {outcome.title}
              </AnchorLink>
              <Badge color={outcome.ok ? "green" : "red"} variant="light" style={{ flexShrink: 0 }}>
                {outcome.ok ? t("bulk.decided") : t("bulk.notDecided")}
              </Badge>
            </Group>
            {!outcome.ok && outcome.message && (
              <Text size="sm" c="red.8" mt={4}>
                {outcome.message}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t("bulk.done")}</Button>
      </Group>
    </Stack>
  );
}
