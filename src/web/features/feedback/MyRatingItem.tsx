import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { OrderFeedback } from "../../../contracts/feedback.ts";
import { formatDate } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useEditFeedback } from "./feedback.api.ts";
import { RatingPhotos } from "./RatingPhotos.tsx";
import { SellerReplyText } from "./SellerReplyText.tsx";
import { StarsField, StarsShown } from "./StarsField.tsx";

type MyRating = OrderFeedback["items"][number];

/** One of my item ratings, with the seller's reply, and its one edit while it is allowed. */
export function MyRatingItem({ item, showsAt }: { item: MyRating; showsAt: string | null }) {
  const { t } = useTranslation("feedback");
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap={6} component="li">
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {item.itemTitle}
        </Text>
        <StarsShown stars={item.stars} />
        <Text size="xs" c="dimmed">
          {item.editedAt
            ? t("mine.changedOn", { date: formatDate(item.editedAt) })
            : formatDate(item.createdAt)}
        </Text>
      </Group>
      {item.hiddenAt && <HiddenNotice hiddenAt={item.hiddenAt} />}
      {item.text && <Text size="sm">{item.text}</Text>}
      <RatingPhotos photos={item.photos} by={t("photos.you")} />
      {!item.shown && showsAt && (
        <Text size="sm" c="dimmed">
          {t("rate.notShownYet", { date: formatDate(showsAt) })}
        </Text>
      )}
      {item.notCountedWhy && (
        <Text size="sm" c="dimmed">
          {item.notCountedWhy}
        </Text>
      )}
      {item.reply && <SellerReplyText text={item.reply.text} />}
      {item.mayEdit &&
        (editing ? (
          <EditRatingForm item={item} onDone={() => setEditing(false)} />
        ) : (
          <Group>
            <Button variant="light" size="xs" onClick={() => setEditing(true)}>
              {t("mine.changeOnce")}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}

/** A rating hidden by a decision: only its author still sees it, with the way to the decision and appeal. */
function HiddenNotice({ hiddenAt }: { hiddenAt: string }) {
  const { t } = useTranslation("feedback");
  return (
    <Alert color="orange" variant="light" icon={<AlertIcon />} role="note" p="xs">
      <Text size="sm">
        <Trans
          t={t}
          i18nKey="abuse.hidden"
          values={{ date: formatDate(hiddenAt) }}
          components={{
            time: <time dateTime={hiddenAt} />,
            received: <AnchorLink to="/my/reports" search={{ box: "received" }} fw={600} />,
          }}
        />
      </Text>
    </Alert>
  );
}

function EditRatingForm({ item, onDone }: { item: MyRating; onDone: () => void }) {
  const { t } = useTranslation("feedback");
  const [stars, setStars] = useState(item.stars);
  const [text, setText] = useState(item.text ?? "");
  const edit = useEditFeedback();
  const id = `edit-${item.id}`;
  return (
    <form
      noValidate
      aria-label={t("mine.formLabel", { item: item.itemTitle })}
      onSubmit={(event) => {
        event.preventDefault();
        edit.mutate({ id: item.id, stars, text }, { onSuccess: onDone });
      }}
    >
      <Stack gap="xs">
        {edit.error && (
          <Alert color="red" icon={<AlertIcon />} role="alert">
            {errorMessageOf(edit.error)}
          </Alert>
        )}
        <StarsField id={`${id}-stars`} label={t("mine.newRating")} value={stars} onChange={setStars} />
        <Textarea
          id={`${id}-text`}
          label={t("mine.thinkNow")}
          autosize
          minRows={2}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Text size="xs" c="dimmed">
          {t("mine.onceNote")}
        </Text>
        <Group gap="xs">
          <Button type="submit" size="xs" loading={edit.isPending}>
            {t("mine.save")}
          </Button>
          <Button variant="subtle" size="xs" onClick={onDone} disabled={edit.isPending}>
            {t("mine.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
