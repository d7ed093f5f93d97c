import { Alert, Stack, Text } from "@mantine/core";
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
  const passed = new Date(dueAt).getTime() <= now;
  return (
    <Text size="sm">
      {passed ? "The time to answer ran out " : "Answer due "}
      <time dateTime={dueAt} title={formatDateTime(dueAt)}>
        {formatRelative(dueAt, now)}
      </time>
      {passed ? ": you may decide on what you have." : ` (${formatDateTime(dueAt)}).`}
    </Text>
  );
}

/**
 * A case waiting for the reporters says so, with the question and its deadline; once a reporter has
 * answered (and the case is open again), the answer is shown where the moderator looks first.
 */
export function InfoRequestStatus({ detail, now }: { detail: CaseDetail; now: number }) {
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
          <>
            Waiting for the reporter since <time dateTime={asked.at}>{formatDateTime(asked.at)}</time>
          </>
        }
      >
        <Stack gap={4}>
          <Text size="sm">{asked.actor ? `${asked.actor.name} asked:` : "The reporters were asked:"}</Text>
          <QuotedMessage message={messageOf(asked)} />
          {dueAt && <DueLine dueAt={dueAt} now={now} />}
          <Text size="sm" c="dimmed">
            The SLA clock is stopped until a reporter answers.
          </Text>
        </Stack>
      </Alert>
    );
  }
  if (answers.length === 0 || detail.status !== "open") return null;
  return (
    <Alert color="blue" icon={<InfoIcon />} role="region" title="A reporter answered">
      <Stack gap={6}>
        <Text size="sm">The question was:</Text>
        <QuotedMessage message={messageOf(asked)} />
        <Text size="sm">{answers.length === 1 ? "The answer:" : "The answers:"}</Text>
        {answers.map((answer) => (
          <div key={answer.at}>
            <QuotedMessage message={messageOf(answer)} />
            <Text size="xs" c="dimmed">
              {answer.actor?.name ?? "A reporter"} ·{" "}
              <time dateTime={answer.at}>{formatDateTime(answer.at)}</time>
            </Text>
          </div>
        ))}
        <Text size="sm" c="dimmed">
          The SLA clock runs again.
        </Text>
      </Stack>
    </Alert>
  );
}
