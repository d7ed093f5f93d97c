import { Text } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import type { z } from "zod";
import type { CaseEvent } from "../../../contracts/console.ts";
import { DepartmentId } from "../../../contracts/report-types.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { departmentName as nameOf } from "../../ui/target-kinds.ts";
import { FairnessEventDetails, sideOfEvent } from "./FairnessEventDetails.tsx";
import { QuotedMessage } from "./QuotedMessage.tsx";

type Event = z.infer<typeof CaseEvent>;

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : null);

const departmentName = (value: unknown) => {
  const parsed = DepartmentId.safeParse(value);
  return parsed.success ? nameOf(parsed.data) : null;
};

/** What an event says beyond its name: the question asked, the answer given, where the case went. */
export function CaseEventDetails({ event }: { event: Event }) {
  const { t } = useTranslation("cases");
  const { data } = event;
  switch (event.type) {
    case "case.info_requested": {
      const message = text(data.message);
      const dueAt = text(data.dueAt);
      return (
        <>
          {message && <QuotedMessage message={message} />}
          {dueAt && (
            <Text size="xs" c="dimmed" mt={2}>
              <Trans
                t={t}
                i18nKey="eventDetails.answerDue"
                values={{ date: formatDateTime(dueAt) }}
                components={{ time: <time dateTime={dueAt} /> }}
              />
            </Text>
          )}
        </>
      );
    }
    case "case.info_provided": {
      const message = text(data.message);
      return message ? <QuotedMessage message={message} /> : null;
    }
    case "case.rerouted": {
      const from = departmentName(data.from);
      const to = departmentName(data.to);
      if (!to) return null;
      return (
        <Text size="sm">{from ? t("eventDetails.fromTo", { from, to }) : t("eventDetails.to", { to })}</Text>
      );
    }
    case "case.merged":
    case "case.merged_in": {
      const other = text(event.type === "case.merged" ? data.into : data.from);
      if (!other) return null;
      return (
        <AnchorLink to="/console/cases/$id" params={{ id: other }} size="sm">
          {event.type === "case.merged" ? t("eventDetails.openJoined") : t("eventDetails.openJoining")}
        </AnchorLink>
      );
    }
    default:
      return <FairnessEventDetails event={event} />;
  }
}

/** Who did it: by name when known; otherwise the side it came from ("A reporter", "The seller"…). */
export function eventActorName(event: Event): string {
  if (event.actor) return event.actor.name;
  return sideOfEvent(event);
}
