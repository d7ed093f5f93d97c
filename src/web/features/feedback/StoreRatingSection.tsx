import {
  Alert,
  Button,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StoreFeedbackItem, StoreRating } from "../../../contracts/feedback.ts";
import { ApiError } from "../../api/http.ts";
import { formatDate } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useReplyToFeedback, useStoreFeedback, useStoreRating } from "./feedback.api.ts";
import { RatingPhotos } from "./RatingPhotos.tsx";
import { ReportRatingButton } from "./ReportRatingButton.tsx";
import { STORE_FIELDS } from "./rate-order.model.ts";
import { SellerReplyText } from "./SellerReplyText.tsx";
import { StarsShown } from "./StarsField.tsx";

const STARS = [5, 4, 3, 2, 1] as const;

/** Counts per star as a list a screen reader reads ("5 stars: 12 ratings"), the bars only drawn. */
export function StarHistogram({ histogram, label }: { histogram: StoreRating["histogram"]; label: string }) {
  const { t } = useTranslation("feedback");
  const total = STARS.reduce((sum, n) => sum + histogram[n], 0);
  return (
    <Stack gap={4} component="ul" aria-label={label} style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {STARS.map((n) => (
        <Group key={n} gap="xs" wrap="nowrap" component="li">
          <Text size="sm" w={56}>
            {t("stars.count", { count: n })}
          </Text>
          <Progress
            value={total ? (histogram[n] / total) * 100 : 0}
            color="orange.8"
            style={{ flex: 1 }}
            aria-hidden="true"
          />
          <Text size="sm" w={48} ta="right">
            {histogram[n]}
            <VisuallyHidden> {t("store.ratings")}</VisuallyHidden>
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function RatingSummary({ rating }: { rating: StoreRating }) {
  const { t } = useTranslation("feedback");
  if (rating.counted === 0 && rating.detailed.asDescribed === null)
    return <Text size="sm">{t("store.noneYet")}</Text>;
  const detailed = STORE_FIELDS.map((key) => [t(`fields.${key}`), rating.detailed[key]] as const);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <Stack gap="xs">
        <Text size="xl" fw={700}>
          {rating.positivePercent === null ? "—" : t("store.positive", { percent: rating.positivePercent })}
        </Text>
        <Text size="sm" c="dimmed">
          {t("store.counted", { count: rating.counted, date: formatDate(rating.since) })} {t("store.rules")}
        </Text>
        <StarHistogram histogram={rating.histogram} label={t("store.histogram")} />
      </Stack>
      <Stack gap="xs" component="dl" style={{ margin: 0 }}>
        {detailed.map(([label, value]) => (
          <Group key={label} gap="xs" justify="space-between" wrap="nowrap">
            <Text component="dt" size="sm">
              {label}
            </Text>
            <Text component="dd" size="sm" fw={600} m={0}>
              {value === null ? t("store.noRatingsYet") : <StarsWithNumber stars={value} />}
            </Text>
          </Group>
        ))}
      </Stack>
    </SimpleGrid>
  );
}

function StarsWithNumber({ stars }: { stars: number }) {
  return (
    <Group gap={6} component="span" wrap="nowrap">
      <StarsShown stars={stars} />
      <span aria-hidden="true">{stars.toFixed(1)}</span>
    </Group>
  );
}

function ReplyForm({ item, storeId }: { item: StoreFeedbackItem; storeId: string }) {
  const { t } = useTranslation("feedback");
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const reply = useReplyToFeedback(storeId);
  if (!open)
    return (
      <Group>
        <Button variant="light" size="xs" onClick={() => setOpen(true)}>
          {t("reply.once")}
        </Button>
      </Group>
    );
  const fieldError = reply.error instanceof ApiError ? reply.error.fields.text : undefined;
  return (
    <form
      noValidate
      aria-label={t("reply.formLabel", { item: item.itemTitle })}
      onSubmit={(event) => {
        event.preventDefault();
        reply.mutate({ id: item.id, text });
      }}
    >
      <Stack gap="xs">
        {reply.error && !fieldError && (
          <Alert color="red" icon={<AlertIcon />} role="alert">
            {errorMessageOf(reply.error)}
          </Alert>
        )}
        <Textarea
          id={`reply-${item.id}`}
          label={t("reply.label")}
          description={t("reply.help")}
          autosize
          minRows={2}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldError}
          withAsterisk
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={reply.isPending}>
            {t("reply.publish")}
          </Button>
          <Button variant="subtle" size="xs" onClick={() => setOpen(false)} disabled={reply.isPending}>
            {t("reply.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function FeedbackList({ storeId }: { storeId: string }) {
  const { t } = useTranslation("feedback");
  const list = useStoreFeedback(storeId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  if (list.isPending) return null;
  if (items.length === 0) return <Text size="sm">{t("store.nobodyWrote")}</Text>;
  return (
    <Stack gap="md">
      <Stack
        gap="md"
        component="ul"
        aria-label={t("store.list")}
        style={{ listStyle: "none", padding: 0, margin: 0 }}
      >
        {items.map((item) => (
          <Stack key={item.id} gap={6} component="li">
            <Group gap="xs" wrap="wrap">
              <StarsShown stars={item.stars} />
              <Text size="sm" fw={600}>
                {item.buyerName}
              </Text>
              <Text size="xs" c="dimmed">
                {t("store.on", { item: item.itemTitle, date: formatDate(item.createdAt) })}
                {item.editedAt ? t("store.changed") : ""}
              </Text>
              <Group ml="auto">
                <ReportRatingButton rating={item} />
              </Group>
            </Group>
            {item.text && (
              <Text size="sm" lang={item.textLanguage ?? undefined}>
                {item.text}
              </Text>
            )}
            <RatingPhotos photos={item.photos} by={item.buyerName} />
            {item.sellerWonDispute && (
              <Text size="xs" c="dimmed">
                {t("store.sellerWon")}
              </Text>
            )}
            {item.reply && <SellerReplyText text={item.reply.text} />}
            {item.mayReply && <ReplyForm item={item} storeId={storeId} />}
          </Stack>
        ))}
      </Stack>
      {list.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t("store.showMore")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The storefront's rating of a store: the 6-month figures and what buyers wrote, with the seller's replies. */
export function StoreRatingSection({ storeId }: { storeId: string }) {
  const { t } = useTranslation("feedback");
  const rating = useStoreRating(storeId);
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="store-rating-heading">
      <Stack gap="md">
        <Title order={2} id="store-rating-heading">
          {t("store.title")}
        </Title>
        {rating.data && <RatingSummary rating={rating.data} />}
        <Title order={3} size="h4">
          {t("store.whatBuyersWrote")}
        </Title>
        <FeedbackList storeId={storeId} />
      </Stack>
    </Paper>
  );
}
