import { Alert, Blockquote, Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import {
  COUNTER_NOTICE_MAX_ATTEMPTS,
  type CounterNotice,
  DecideCounterNotice,
} from "../../../contracts/counter-notices.ts";
import { ApiError } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useDecideCounterNotice } from "./counter-notices.api.ts";

type Outcome = "reinstate" | "keep";

function Quote({ children, cite }: { children: string; cite: string }) {
  return (
    <Blockquote p="sm" mt={0} color="gray" cite={cite}>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
        {children}
      </Text>
    </Blockquote>
  );
}

/** One counter-notice to decide: both sides' words, the reasons, and the two outcomes. */
export function CounterNoticeDecisionCard({ notice }: { notice: CounterNotice }) {
  const decide = useDecideCounterNotice(notice.id);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [chosen, setChosen] = useState<Outcome | null>(null);
  const headingId = `counter-notice-${notice.id}`;
  const reasonId = `counter-notice-reason-${notice.id}`;

  const send = (outcome: Outcome) => {
    const checked = DecideCounterNotice.safeParse({ outcome, reason });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      document.getElementById(reasonId)?.focus();
      return;
    }
    setError(undefined);
    setChosen(outcome);
    decide.mutate(checked.data, {
      onSuccess: () =>
        notifications.show({
          color: "green",
          title: outcome === "reinstate" ? "Listing reinstated" : "Listing kept removed",
          message: `“${notice.targetTitle}”: the seller and the rights holder are told, with your reasons.`,
        }),
      onError: (failure) => {
        if (failure instanceof ApiError && failure.fields.reason) setError(failure.fields.reason);
      },
    });
  };

  const refusal = decide.error && !(decide.error instanceof ApiError && decide.error.fields.reason);
  return (
    <Card component="li" withBorder aria-labelledby={headingId} style={{ listStyle: "none" }}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={headingId} className="break-anywhere">
            {notice.targetTitle}
          </Title>
          <Text size="xs" c="dimmed">
            Counter-notice {notice.attempt} of {COUNTER_NOTICE_MAX_ATTEMPTS} · filed{" "}
            <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt)}</time> ·{" "}
            <AnchorLink to="/console/cases/$id" params={{ id: notice.caseId }} size="xs" fw={600}>
              Open the case
            </AnchorLink>
          </Text>
        </Stack>
        <Text size="sm" fw={600}>
          The seller's statement
        </Text>
        <Quote cite="— the seller">{notice.statement}</Quote>
        <Text size="sm" fw={600}>
          The rights holder's reply
        </Text>
        {notice.reply ? (
          <Quote cite="— the rights holder">{notice.reply}</Quote>
        ) : (
          <Text size="sm" c="dimmed">
            No reply in time (due {formatDateTime(notice.replyDueAt)}).
          </Text>
        )}
        <Textarea
          id={reasonId}
          label="Reasons"
          description="At least 20 characters, sent to the seller and the rights holder. Reinstating undoes the removal and counts as overturned in the rights holder's record."
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            if (error) setError(undefined);
          }}
          error={error}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={2000}
          required
          disabled={decide.isPending}
        />
        {refusal && (
          <Alert color="red" icon={<AlertIcon />} role="alert" title="The counter-notice was not decided">
            {errorMessageOf(decide.error)}
          </Alert>
        )}
        <Group gap="sm" justify="flex-end">
          <Button
            variant="default"
            onClick={() => send("keep")}
            loading={decide.isPending && chosen === "keep"}
            disabled={decide.isPending && chosen !== "keep"}
          >
            Keep it removed
          </Button>
          <Button
            color="green"
            onClick={() => send("reinstate")}
            loading={decide.isPending && chosen === "reinstate"}
            disabled={decide.isPending && chosen !== "reinstate"}
          >
            Reinstate the listing
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
