import { Alert, Blockquote, Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation("counterNotices");
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
          title: outcome === "reinstate" ? t("console.reinstatedTitle") : t("console.keptTitle"),
          message: t("console.told", { title: notice.targetTitle }),
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
            <Trans
              t={t}
              i18nKey="console.line"
              values={{
                attempt: notice.attempt,
                max: COUNTER_NOTICE_MAX_ATTEMPTS,
                date: formatDateTime(notice.createdAt),
              }}
              components={{ time: <time dateTime={notice.createdAt} /> }}
            />{" "}
            <AnchorLink to="/console/cases/$id" params={{ id: notice.caseId }} size="xs" fw={600}>
              {t("console.openCase")}
            </AnchorLink>
          </Text>
        </Stack>
        <Text size="sm" fw={600}>
          {t("console.statement")}
        </Text>
        <Quote cite={t("cite.seller")}>{notice.statement}</Quote>
        <Text size="sm" fw={600}>
          {t("console.reply")}
        </Text>
        {notice.reply ? (
          <Quote cite={t("cite.holder")}>{notice.reply}</Quote>
        ) : (
          <Text size="sm" c="dimmed">
            {t("console.noReply", { date: formatDateTime(notice.replyDueAt) })}
          </Text>
        )}
        <Textarea
          id={reasonId}
          label={t("console.reasons")}
          description={t("console.reasonsHelp")}
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
          <Alert color="red" icon={<AlertIcon />} role="alert" title={t("console.notDecided")}>
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
            {t("console.keep")}
          </Button>
          <Button
            color="green"
            onClick={() => send("reinstate")}
            loading={decide.isPending && chosen === "reinstate"}
            disabled={decide.isPending && chosen !== "reinstate"}
          >
            {t("console.reinstate")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
