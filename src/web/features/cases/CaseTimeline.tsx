import { Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import { formatDateTime } from "../../ui/format.ts";
import { CaseEventDetails, eventActorName } from "./CaseEventDetails.tsx";
import { CaseSection } from "./CaseSection.tsx";
import { eventLabel } from "./cases.labels.ts";

/** Every event of the case, oldest first: the audit trail as a person reads it. */
export function CaseTimeline({ events }: { events: CaseDetail["events"] }) {
  const { t } = useTranslation("cases");
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <CaseSection title={t("page.history")} id="history-heading">
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("page.nothingYet")}
        </Text>
      ) : (
        <Timeline active={sorted.length - 1} bulletSize={14} lineWidth={2}>
          {sorted.map((event, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: events have no id; two may share a type and a time
            <Timeline.Item key={`${event.type}-${event.at}-${i}`} title={eventLabel(event.type)}>
              <Text size="xs" c="dimmed">
                {eventActorName(event)} · <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </Text>
              <CaseEventDetails event={event} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </CaseSection>
  );
}
