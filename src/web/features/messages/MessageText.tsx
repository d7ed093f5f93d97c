import { Anchor, Badge, Button, Group, Modal, Stack, Text, Tooltip } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { MessagePart } from "../../../contracts/messages.ts";
import { AlertIcon } from "../../ui/icons.tsx";

type LinkPart = Extract<MessagePart, { type: "link" }>;

/** Links are user content and may lead anywhere: no referrer, no ranking, no access to this page. */
const LINK_REL = "noopener noreferrer nofollow ugc";

/** A blocked link is never a link: its text, struck through, with why it is blocked. */
function BlockedLink({ part }: { part: LinkPart }) {
  const { t } = useTranslation("messages");
  const why = t("links.blockedWhy", { domain: part.domain });
  return (
    <Tooltip label={why} multiline w={280} events={{ hover: true, focus: true, touch: true }}>
      <Text
        span
        c="red.9"
        td="line-through"
        className="break-anywhere"
        tabIndex={0}
        aria-label={`${t("links.blocked")}: ${part.text}. ${why}`}
      >
        <AlertIcon size={14} aria-hidden /> {part.text}
      </Text>
    </Tooltip>
  );
}

/** A link off the marketplace: shown with its domain; following it first says where it leads. */
function ExternalLink({ part }: { part: LinkPart }) {
  const { t } = useTranslation("messages");
  const [opened, dialog] = useDisclosure(false);
  return (
    <>
      <Anchor
        href={part.url}
        rel={LINK_REL}
        target="_blank"
        className="break-anywhere"
        onClick={(event) => {
          event.preventDefault();
          dialog.open();
        }}
      >
        {part.text}
      </Anchor>{" "}
      <Badge size="xs" variant="outline" color="orange.9" component="span" style={{ textTransform: "none" }}>
        {part.domain} · {t("links.leaves")}
      </Badge>
      <Modal
        opened={opened}
        onClose={dialog.close}
        closeButtonProps={{ "aria-label": t("close") }}
        title={t("links.dialogTitle")}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t("links.dialogText", { domain: part.domain })}</Text>
          <Text size="sm" ff="monospace" className="break-anywhere">
            {part.url}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={dialog.close} data-autofocus>
              {t("links.stay")}
            </Button>
            <Button
              component="a"
              href={part.url}
              rel={LINK_REL}
              target="_blank"
              color="orange.9"
              onClick={dialog.close}
            >
              {t("links.go", { domain: part.domain })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function LinkView({ part }: { part: LinkPart }) {
  if (part.blocked) return <BlockedLink part={part} />;
  if (part.external) return <ExternalLink part={part} />;
  return (
    <Anchor href={part.url} rel={LINK_REL} className="break-anywhere">
      {part.text}
    </Anchor>
  );
}

/** A message's text as written, its links marked: internal, external (with a warning) or blocked. */
export function MessageText({ parts }: { parts: MessagePart[] }) {
  return (
    <Text style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
      {parts.map((part, i) =>
        part.type === "text" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <span key={i}>{part.text}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <LinkView key={i} part={part} />
        ),
      )}
    </Text>
  );
}
