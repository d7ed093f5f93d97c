import {
  Alert,
  Button,
  Divider,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useState } from "react";
import type { Order } from "../../../contracts/disputes.ts";
import type { OrderFeedback } from "../../../contracts/feedback.ts";
import { ApiError } from "../../api/http.ts";
import { EvidenceDropField } from "../../ui/EvidenceDropField.tsx";
import { focusFirstError } from "../../ui/form-errors.ts";
import { formatDate } from "../../ui/format.ts";
import { AlertIcon } from "../../ui/icons.tsx";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useEvidenceFiles } from "../../ui/useEvidenceFiles.ts";
import { FILE_REFUSAL_CODES } from "../disputes/dispute-files.ts";
import { useOrderFeedback, useRateOrder } from "./feedback.api.ts";
import { MyRatingItem } from "./MyRatingItem.tsx";
import {
  checkRateOrder,
  initialRateOrderValues,
  type RateOrderValues,
  rateFieldId,
  rateOrderKeys,
  STORE_FIELDS,
} from "./rate-order.model.ts";
import { RATING_PHOTOS } from "./rating-photos.ts";
import { firstStarId, StarsField, StarsShown } from "./StarsField.tsx";

/** The order page's ratings: the form while the order may be rated, then the ratings given. */
export function RateOrderCard({ order }: { order: Order }) {
  const feedback = useOrderFeedback(order.id);
  if (!feedback.data) return null;
  const data = feedback.data;
  return (
    <Paper withBorder p={{ base: "md", sm: "xl" }} component="section" aria-labelledby="rate-order-heading">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="rate-order-heading">
            {data.items.length > 0 ? "Your ratings" : "Rate this order"}
          </Title>
          {data.mayRate && data.closesAt && (
            <Text size="sm">
              Rate each item and the store until{" "}
              <time dateTime={data.closesAt}>{formatDate(data.closesAt)}</time>. You can change each rating
              once until then. Your first name and initial are shown with it.
            </Text>
          )}
          {!data.mayRate && data.items.length === 0 && data.why && <Text size="sm">{data.why}</Text>}
        </Stack>
        {data.mayRate ? <RateOrderForm order={order} /> : <GivenRatings feedback={data} />}
      </Stack>
    </Paper>
  );
}

function GivenRatings({ feedback }: { feedback: OrderFeedback }) {
  if (feedback.items.length === 0) return null;
  return (
    <Stack gap="md">
      <Stack
        gap="md"
        component="ul"
        style={{ listStyle: "none", padding: 0, margin: 0 }}
        aria-label="Item ratings"
      >
        {feedback.items.map((item) => (
          <MyRatingItem key={item.id} item={item} />
        ))}
      </Stack>
      {feedback.store && (
        <>
          <Divider />
          <Stack gap={4}>
            <Text fw={600} size="sm">
              The store
            </Text>
            {STORE_FIELDS.map(([key, label]) => (
              <Group key={key} gap="xs">
                <Text size="sm" w={150}>
                  {label}
                </Text>
                <StarsShown stars={feedback.store![key]} />
              </Group>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}

const PHOTOS_ID = "rate-order-photos";

function RateOrderForm({ order }: { order: Order }) {
  const [values, setValues] = useState<RateOrderValues>(() =>
    initialRateOrderValues(order.items.map((i) => i.id)),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const rate = useRateOrder(order.id, order.storeId);
  const photos = useEvidenceFiles("rating", RATING_PHOTOS);

  const forget = (key: string) => setErrors(({ [key]: _, ...rest }) => rest);
  const setItem = (index: number, change: Partial<RateOrderValues["items"][number]>, key: string) => {
    setValues((v) => ({
      ...v,
      items: v.items.map((item, i) => (i === index ? { ...item, ...change } : item)),
    }));
    forget(key);
  };
  const showErrors = (found: Record<string, string>) => {
    setErrors(found);
    const idOf = (key: string) =>
      key === "photos" ? PHOTOS_ID : key.endsWith(".text") ? rateFieldId(key) : firstStarId(rateFieldId(key));
    focusFirstError({ order: [...rateOrderKeys(values), "photos"], idOf, errors: found });
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    rate.reset();
    const checked = checkRateOrder(values);
    if (!checked.ok) return showErrors(checked.errors);
    if (photos.files.some((f) => f.error))
      return showErrors({ photos: "Remove the files that are not photos." });
    photos.resetProgress();
    rate.mutate(
      { input: checked.input, photos: photos.files.map((f) => f.file), onProgress: photos.showProgress },
      {
        onError: (error) => {
          photos.resetProgress();
          if (!(error instanceof ApiError)) return;
          if (FILE_REFUSAL_CODES.includes(error.code)) {
            if (error.code === "unsupported_file_type") photos.markRefused(error.message);
            showErrors({ photos: error.message });
          } else if (Object.keys(error.fields).length > 0) showErrors(error.fields);
        },
      },
    );
  };

  const refusal =
    rate.error &&
    !(
      rate.error instanceof ApiError &&
      (Object.keys(rate.error.fields).length > 0 || FILE_REFUSAL_CODES.includes(rate.error.code))
    );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="rate-order-heading">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          Fields marked with * are required.
        </Text>
        {refusal && (
          <Alert color="red" icon={<AlertIcon />} role="alert" title="The ratings were not saved">
            {errorMessageOf(rate.error)}
          </Alert>
        )}
        {order.items.map((item, i) => (
          <Stack key={item.id} gap="xs">
            <StarsField
              id={rateFieldId(`items.${i}.stars`)}
              label={`${item.title}`}
              value={values.items[i]!.stars}
              onChange={(stars) => setItem(i, { stars }, `items.${i}.stars`)}
              error={errors[`items.${i}.stars`] ?? errors[`items.${i}.orderItemId`]}
              disabled={rate.isPending}
            />
            <Textarea
              id={rateFieldId(`items.${i}.text`)}
              label={`What you think of “${item.title}” (optional)`}
              description="Any language. Say what you would tell a friend; no personal data."
              autosize
              minRows={2}
              maxLength={2000}
              value={values.items[i]!.text}
              onChange={(e) => setItem(i, { text: e.currentTarget.value }, `items.${i}.text`)}
              error={errors[`items.${i}.text`]}
              disabled={rate.isPending}
            />
          </Stack>
        ))}
        <Divider label="The store" labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {STORE_FIELDS.map(([key, label]) => (
            <StarsField
              key={key}
              id={rateFieldId(`store.${key}`)}
              label={label}
              value={values[key]}
              onChange={(stars) => {
                setValues((v) => ({ ...v, [key]: stars }));
                forget(`store.${key}`);
              }}
              error={errors[`store.${key}`]}
              disabled={rate.isPending}
            />
          ))}
        </SimpleGrid>
        <EvidenceDropField
          id={PHOTOS_ID}
          label="Photos (optional)"
          help="Photos of what arrived help other buyers. They are shown with your rating. Leave out faces, addresses and labels with your name."
          evidence={photos}
          uploading={rate.isPending}
          error={errors.photos}
          minHeight={90}
        />
        <Group>
          <Button type="submit" loading={rate.isPending}>
            Send my ratings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
