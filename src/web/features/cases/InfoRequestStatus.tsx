import { Alert, Stack, Text } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import { formatDateTime } from "../../ui/format.ts";
import { InfoIcon, MailIcon } from "../../ui/icons.tsx";
import { formatRelative } from "../../ui/time.ts";
import { QuotedMessage } from "./QuotedMessage.tsx";

type Event = CaseDetail["events"][number];

const messageOf = (event: Event) => (typeof event.data.message === "string" ? event.data.message : "");

/** The last question to the reporters, and the answers that came after it. */
export function lastInfoExchange(events: CaseDetail["events"]) {
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  const asked = sorted.filter((e) => e.type === "case.info_requested").at(-1);
  const answers = asked ? sorted.filter((e) => e.type === "case.info_provided" && e.at >= asked.at) : [];
  return { asked, answers };
}

function DueLine({ dueAt, now }: { dueAt: string; now: number }) {
  const { t } = useTranslation("cases");
  const passed = new Date(dueAt).getTime() <= now;
  return (
    <Text size="sm">
      <Trans
        t={t}
        i18nKey={passed ? "info.ranOut" : "info.dueIn"}
        values={{ when: formatRelative(dueAt, now), date: formatDateTime(dueAt) }}
        components={{ time: <time dateTime={dueAt} title={formatDateTime(dueAt)} /> }}
      />
    </Text>
  );
}

/**
 * A case waiting for the reporters says so, with the question and its deadline; once a reporter has
 * answered (and the case is open again), the answer is shown where the moderator looks first.
 */
export function InfoRequestStatus({ detail, now }: { detail: CaseDetail; now: number }) {
  const { t } = useTranslation("cases");
  if (detail.decision) return null;
  const { asked, answers } = lastInfoExchange(detail.events);
  if (!asked) return null;
  if (detail.status === "needs_info") {
    const dueAt = typeof asked.data.dueAt === "string" ? asked.data.dueAt : null;
    return (
      <Alert
        color="orange"
        icon={<MailIcon />}
        role="region"
        title={
          <Trans
            t={t}
            i18nKey="info.waitingSince"
            values={{ date: formatDateTime(asked.at) }}
            components={{ time: <time dateTime={asked.at} /> }}
          />
        }
      >
        <Stack gap={4}>
          <Text size="sm">
            {asked.actor ? t("info.asked", { name: asked.actor.name }) : t("info.reportersAsked")}
          </Text>
          <QuotedMessage message={messageOf(asked)} />
          {dueAt && <DueLine dueAt={dueAt} now={now} />}
          <Text size="sm" c="dimmed">
            {t("info.clockStopped")}
          </Text>
        </Stack>
      </Alert>
    );
  }
  if (answers.length === 0 || detail.status !== "open") return null;
  return (
    <Alert color="blue" icon={<InfoIcon />} role="region" title={t("info.answeredTitle")}>
      <Stack gap={6}>
        <Text size="sm">{t("info.question")}</Text>
        <QuotedMessage message={messageOf(asked)} />
        <Text size="sm">{t("info.answer", { count: answers.length })}</Text>
        {answers.map((answer) => (
          <div key={answer.at}>
            <QuotedMessage message={messageOf(answer)} />
            <Text size="xs" c="dimmed">
              {answer.actor?.name ?? t("info.aReporter")} ·{" "}
              <time dateTime={answer.at}>{formatDateTime(answer.at)}</time>
            </Text>
          </div>
        ))}
        <Text size="sm" c="dimmed">
          {t("info.clockRuns")}
        </Text>
      </Stack>
    </Alert>
  );
}
