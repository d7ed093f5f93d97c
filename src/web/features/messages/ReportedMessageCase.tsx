import { Card, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import type { CaseDetail } from "../../../contracts/console.ts";
import { RiskCode } from "../../../contracts/messages.ts";
import { formatBytes, formatDateTime } from "../../ui/format.ts";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { useCaseThread } from "./messages.api.ts";
import { MessageList, ThreadHeading } from "./ThreadPage.tsx";

/** The message as the report kept it (the case's snapshot). */
const KeptMessage = z.object({
  storeName: z.string(),
  sentAt: z.string(),
  text: z.string(),
  links: z.array(z.object({ url: z.string(), domain: z.string() })).default([]),
  attachments: z
    .array(z.object({ fileName: z.string(), mimeType: z.string(), sizeBytes: z.number() }))
    .default([]),
  risks: z.array(RiskCode).default([]),
});

function KeptMessageCard({ snapshot }: { snapshot: Record<string, unknown> }) {
  const { t } = useTranslation("messages");
  const kept = KeptMessage.safeParse(snapshot);
  if (!kept.success) return null;
  const message = kept.data;
  return (
    <Card component="section" aria-labelledby="reported-message-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="reported-message-heading">
          {t("case.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("case.sentBy", { store: message.storeName, when: formatDateTime(message.sentAt) })}
        </Text>
        <Text style={{ whiteSpace: "pre-wrap" }} className="break-anywhere" p="sm" bg="gray.0">
          {message.text}
        </Text>
        <Text size="sm" fw={600}>
          {t("case.links")}
        </Text>
        {message.links.length === 0 ? (
          <Text size="sm">{t("case.noLinks")}</Text>
        ) : (
          // Shown as text, never as links: staff read them, they do not follow them.
          <List size="sm">
            {message.links.map((link) => (
              <List.Item key={link.url}>
                <Text span ff="monospace" size="sm" className="break-anywhere">
                  {link.url}
                </Text>{" "}
                ({link.domain})
              </List.Item>
            ))}
          </List>
        )}
        <Text size="sm" fw={600}>
          {t("case.files")}
        </Text>
        {message.attachments.length === 0 ? (
          <Text size="sm">{t("case.noFiles")}</Text>
        ) : (
          <List size="sm">
            {message.attachments.map((file) => (
              <List.Item key={file.fileName}>
                {file.fileName} ({formatBytes(file.sizeBytes)})
              </List.Item>
            ))}
          </List>
        )}
        {message.risks.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t("case.flagged")}
            </Text>
            <List size="sm">
              {message.risks.map((code) => (
                <List.Item key={code}>{t(`risks.${code}.title`)}</List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Card>
  );
}

function CaseThreadCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation("messages");
  const query = useCaseThread(caseId);
  if (query.isPending) return <LoadingBlock rows={4} height={56} />;
  if (!query.data)
    return <ErrorBlock error={query.error} title={t("case.threadFailed")} onRetry={() => query.refetch()} />;
  const first = query.data.pages[0]!;
  const messages = query.data.pages.flatMap((page) => page.messages.items);
  return (
    <Card component="section" aria-labelledby="case-thread-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="case-thread-heading">
          {t("case.thread")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("case.threadIntro")}
        </Text>
        <ThreadHeading thread={{ ...first.thread, role: "seller" }} order={3} />
        <MessageList
          messages={messages}
          hasEarlier={query.hasNextPage}
          loadingEarlier={query.isFetchingNextPage}
          onEarlier={() => query.fetchNextPage()}
          highlightId={first.reportedMessageId}
          highlightLabel={t("thread.reported")}
        />
      </Stack>
    </Card>
  );
}

/** On the case page of a reported message: the message as kept, and its conversation through the case. */
export function ReportedMessageCase({ detail }: { detail: CaseDetail }) {
  return (
    <Stack gap="lg">
      <KeptMessageCard snapshot={detail.snapshot} />
      <CaseThreadCard caseId={detail.id} />
    </Stack>
  );
}
