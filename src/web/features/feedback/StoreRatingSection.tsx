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
import type { StoreFeedbackItem, StoreRating } from "../../../contracts/feedback.ts";
import { ApiError } from "../../api/http.ts";
import { formatDate } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useReplyToFeedback, useStoreFeedback, useStoreRating } from "./feedback.api.ts";
import { RatingPhotos } from "./RatingPhotos.tsx";
import { SellerReplyText } from "./SellerReplyText.tsx";
import { StarsShown } from "./StarsField.tsx";

const STARS = [5, 4, 3, 2, 1] as const;

/** Counts per star as a list a screen reader reads ("5 stars: 12 ratings"), the bars only drawn. */
export function StarHistogram({ histogram, label }: { histogram: StoreRating["histogram"]; label: string }) {
  const total = STARS.reduce((sum, n) => sum + histogram[n], 0);
  return (
    <Stack gap={4} component="ul" aria-label={label} style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {STARS.map((n) => (
        <Group key={n} gap="xs" wrap="nowrap" component="li">
          <Text size="sm" w={56}>
            {n} star{n === 1 ? "" : "s"}
          </Text>
          <Progress
            value={total ? (histogram[n] / total) * 100 : 0}
            color="orange.8"
            style={{ flex: 1 }}
            aria-hidden="true"
          />
          <Text size="sm" w={48} ta="right">
            {histogram[n]}
            <VisuallyHidden> ratings</VisuallyHidden>
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function RatingSummary({ rating }: { rating: StoreRating }) {
  if (rating.counted === 0 && rating.detailed.asDescribed === null)
    return <Text size="sm">No ratings in the last 6 months yet.</Text>;
  const detailed = [
    ["Item as described", rating.detailed.asDescribed],
    ["Communication", rating.detailed.communication],
    ["Shipping speed", rating.detailed.shippingSpeed],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <Stack gap="xs">
        <Text size="xl" fw={700}>
          {rating.positivePercent === null ? "—" : `${rating.positivePercent}% positive`}
        </Text>
        <Text size="sm" c="dimmed">
          {rating.counted} counted rating{rating.counted === 1 ? "" : "s"} since {formatDate(rating.since)}.
          Ratings of 4 or 5 stars are positive; one buyer's ratings within 10 days count once, and orders in
          an open dispute count once it is resolved.
        </Text>
        <StarHistogram histogram={rating.histogram} label="Counted ratings by stars" />
      </Stack>
      <Stack gap="xs" component="dl" style={{ margin: 0 }}>
        {detailed.map(([label, value]) => (
          <Group key={label} gap="xs" justify="space-between" wrap="nowrap">
            <Text component="dt" size="sm">
              {label}
            </Text>
            <Text component="dd" size="sm" fw={600} m={0}>
              {value === null ? "no ratings yet" : <StarsWithNumber stars={value} />}
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
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const reply = useReplyToFeedback(storeId);
  if (!open)
    return (
      <Group>
        <Button variant="light" size="xs" onClick={() => setOpen(true)}>
          Reply publicly (once)
        </Button>
      </Group>
    );
  const fieldError = reply.error instanceof ApiError ? reply.error.fields.text : undefined;
  return (
    <form
      noValidate
      aria-label={`Reply to the rating of ${item.itemTitle}`}
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
          label="Your reply"
          description="Everyone sees it with the rating. You can reply once."
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
            Publish the reply
          </Button>
          <Button variant="subtle" size="xs" onClick={() => setOpen(false)} disabled={reply.isPending}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function FeedbackList({ storeId }: { storeId: string }) {
  const list = useStoreFeedback(storeId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  if (list.isPending) return null;
  if (items.length === 0) return <Text size="sm">Nobody has written about this store yet.</Text>;
  return (
    <Stack gap="md">
      <Stack
        gap="md"
        component="ul"
        aria-label="Ratings of this store"
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
                on {item.itemTitle} · {formatDate(item.createdAt)}
                {item.editedAt ? " · changed" : ""}
              </Text>
            </Group>
            {item.text && (
              <Text size="sm" lang={item.textLanguage ?? undefined}>
                {item.text}
              </Text>
            )}
            <RatingPhotos photos={item.photos} by={item.buyerName} />
            {item.sellerWonDispute && (
              <Text size="xs" c="dimmed">
                The seller won a dispute on this order about the item not being as described.
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
            Show more ratings
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The storefront's rating of a store: the 6-month figures and what buyers wrote, with the seller's replies. */
export function StoreRatingSection({ storeId }: { storeId: string }) {
  const rating = useStoreRating(storeId);
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="store-rating-heading">
      <Stack gap="md">
        <Title order={2} id="store-rating-heading">
          Store rating
        </Title>
        {rating.data && <RatingSummary rating={rating.data} />}
        <Title order={3} size="h4">
          What buyers wrote
        </Title>
        <FeedbackList storeId={storeId} />
      </Stack>
    </Paper>
  );
}
