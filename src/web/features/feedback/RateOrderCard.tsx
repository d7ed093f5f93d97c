import {
  Alert,
  Badge,
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
import { Trans, useTranslation } from "react-i18next";
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

const PHOTOS_ID = "rate-order-photos";

/** The order page's ratings: the form while the order may be rated, then the ratings given. */
export function RateOrderCard({ order }: { order: Order }) {
  const { t } = useTranslation("feedback");
  const feedback = useOrderFeedback(order.id);
  if (!feedback.data) return null;
  const data = feedback.data;
  return (
    <Paper withBorder p={{ base: "md", sm: "xl" }} component="section" aria-labelledby="rate-order-heading">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="rate-order-heading">
            {data.items.length > 0 ? t("rate.headingGiven") : t("rate.headingRate")}
          </Title>
          {data.mayRate && data.closesAt && (
            <>
              <Text size="sm">
                <Trans
                  t={t}
                  i18nKey="rate.until"
                  values={{ date: formatDate(data.closesAt) }}
                  components={{ time: <time dateTime={data.closesAt} /> }}
                />
              </Text>
              <Text size="sm" c="dimmed">
                {t("rate.blind", { date: formatDate(data.closesAt) })}
              </Text>
            </>
          )}
          {!data.mayRate && data.items.length === 0 && data.why && <Text size="sm">{data.why}</Text>}
        </Stack>
        <SellerFeedbackOnMe feedback={data} />
        {data.mayRate ? <RateOrderForm order={order} /> : <GivenRatings feedback={data} />}
      </Stack>
    </Paper>
  );
}

/** What the seller said about me, once both sides are in (or the 30 days closed); or that it waits. */
function SellerFeedbackOnMe({ feedback }: { feedback: OrderFeedback }) {
  const { t } = useTranslation("feedback");
  if (feedback.sellerFeedbackWaiting && feedback.showsAt)
    return (
      <Text size="sm" c="dimmed">
        {t("rate.sellerFeedbackWaiting", { date: formatDate(feedback.showsAt) })}
      </Text>
    );
  const given = feedback.sellerFeedback;
  if (!given) return null;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text fw={600} size="sm">
          {t("rate.sellerFeedback")}
        </Text>
        <Badge variant="light" color={given.experience === "negative" ? "red" : "gray"}>
          {t(`experience.${given.experience}`)}
        </Badge>
      </Group>
      {given.text && <Text size="sm">{given.text}</Text>}
    </Stack>
  );
}

function GivenRatings({ feedback }: { feedback: OrderFeedback }) {
  const { t } = useTranslation("feedback");
  if (feedback.items.length === 0) return null;
  return (
    <Stack gap="md">
      <Stack
        gap="md"
        component="ul"
        style={{ listStyle: "none", padding: 0, margin: 0 }}
        aria-label={t("rate.itemRatings")}
      >
        {feedback.items.map((item) => (
          <MyRatingItem key={item.id} item={item} showsAt={feedback.showsAt} />
        ))}
      </Stack>
      {feedback.store && (
        <>
          <Divider />
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t("rate.theStore")}
            </Text>
            {STORE_FIELDS.map((key) => (
              <Group key={key} gap="xs">
                <Text size="sm" w={150}>
                  {t(`fields.${key}`)}
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

/** The form's errors: a refused photo at the photos field, the rest at their own fields. */
function errorsOf(error: unknown, markRefused: (message: string) => void): Record<string, string> | null {
  if (!(error instanceof ApiError)) return null;
  if (FILE_REFUSAL_CODES.includes(error.code)) {
    if (error.code === "unsupported_file_type") markRefused(error.message);
    return { photos: error.message };
  }
  return Object.keys(error.fields).length > 0 ? error.fields : null;
}

function RateOrderForm({ order }: { order: Order }) {
  const { t } = useTranslation("feedback");
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
    if (photos.files.some((f) => f.error)) return showErrors({ photos: t("rate.removeNotPhotos") });
    photos.resetProgress();
    rate.mutate(
      { input: checked.input, photos: photos.files.map((f) => f.file), onProgress: photos.showProgress },
      {
        onError: (error) => {
          photos.resetProgress();
          const found = errorsOf(error, photos.markRefused);
          if (found) showErrors(found);
        },
      },
    );
  };

  const refusal = rate.error && !errorsOf(rate.error, () => {});
  return (
    <form onSubmit={submit} noValidate aria-labelledby="rate-order-heading">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t("rate.required")}
        </Text>
        {refusal && (
          <Alert color="red" icon={<AlertIcon />} role="alert" title={t("rate.notSaved")}>
            {errorMessageOf(rate.error)}
          </Alert>
        )}
        {order.items.map((item, i) => (
          <Stack key={item.id} gap="xs">
            <StarsField
              id={rateFieldId(`items.${i}.stars`)}
              label={item.title}
              value={values.items[i]!.stars}
              onChange={(stars) => setItem(i, { stars }, `items.${i}.stars`)}
              error={errors[`items.${i}.stars`] ?? errors[`items.${i}.orderItemId`]}
              disabled={rate.isPending}
            />
            <Textarea
              id={rateFieldId(`items.${i}.text`)}
              label={t("rate.itemText", { item: item.title })}
              description={t("rate.itemTextHelp")}
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
        <Divider label={t("rate.theStore")} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {STORE_FIELDS.map((key) => (
            <StarsField
              key={key}
              id={rateFieldId(`store.${key}`)}
              label={t(`fields.${key}`)}
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
          label={t("rate.photos")}
          help={t("rate.photosHelp")}
          evidence={photos}
          uploading={rate.isPending}
          error={errors.photos}
          minHeight={90}
        />
        <Group>
          <Button type="submit" loading={rate.isPending}>
            {t("rate.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
