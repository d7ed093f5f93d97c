import { Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FileAppeal } from "../../../contracts/appeals.ts";
import type { MyAccuracy } from "../../../contracts/reporters.ts";
import { requestJson } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { TextSubmitForm } from "../../ui/TextSubmitForm.tsx";

const STATUS_TEXT = {
  pending: "Your appeal of the suspension is under review by a senior moderator.",
  lifted: "Your appeal succeeded: the suspension was lifted.",
  kept: "Your appeal was reviewed: the suspension stays.",
} as const;

/** The suspended reporter's appeal of its suspension (once per suspension), or its outcome. */
export function SuspensionAppeal({ record }: { record: MyAccuracy }) {
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (statement: string) =>
      requestJson("/api/v1/me/suspension/appeal", { method: "POST", body: { statement } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["my-reports", "accuracy"] }),
  });
  const appeal = record.suspensionAppeal;
  if (
    appeal &&
    (appeal.status === "pending" ||
      !record.suspendedUntil ||
      appeal.at > suspensionStart(record.suspendedUntil))
  ) {
    return (
      <Stack gap={4} mt="sm">
        <Text size="sm" fw={600}>
          {STATUS_TEXT[appeal.status]}
        </Text>
        <Text size="xs" c="dimmed">
          Sent <time dateTime={appeal.at}>{formatDateTime(appeal.at)}</time>
          {appeal.reason ? ` — Reasons: ${appeal.reason}` : ""}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="xs" mt="sm">
      <TextSubmitForm
        id="suspension-appeal-statement"
        label="Why should the suspension be lifted?"
        description="A senior moderator who did not mark your reports reviews your appeal. You can appeal once per suspension."
        schema={FileAppeal}
        field="statement"
        max={5000}
        submitLabel="Appeal the suspension"
        failedTitle="Your appeal was not sent"
        titles={{
          already_appealed: "You already appealed this suspension",
          not_suspended: "Your reports are not suspended",
        }}
        mutation={send}
      />
    </Stack>
  );
}

function suspensionStart(until: string): string {
  return new Date(new Date(until).getTime() - 30 * 86_400_000).toISOString();
}
