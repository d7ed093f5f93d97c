import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import type { CaseDetail } from "../../../contracts/console.ts";
import { formatDateTime } from "../../ui/format.ts";
import { CaseSection } from "../cases/CaseSection.tsx";
import { SellerReplyText } from "./SellerReplyText.tsx";
import { StarsShown } from "./StarsField.tsx";

/** The rating as the report kept it (the case's snapshot); who wrote it is not part of it. */
const KeptRating = z.object({
  itemTitle: z.string(),
  storeName: z.string(),
  stars: z.number(),
  text: z.string().nullable().default(null),
  textLanguage: z.string().nullable().default(null),
  photoCount: z.number().int().default(0),
  createdAt: z.string(),
  shownAt: z.string().nullable().default(null),
  sellerReply: z.string().nullable().default(null),
});
type KeptRating = z.infer<typeof KeptRating>;

/** Where the rating stands now: still shown, hidden by a decision, or gone. */
function RatingNow({ current }: { current: CaseDetail["current"] }) {
  const { t } = useTranslation("feedback");
  const hiddenAt = typeof current?.hiddenAt === "string" ? current.hiddenAt : null;
  if (!current) return <Text size="sm">{t("case.gone")}</Text>;
  return hiddenAt ? (
    <Group gap="xs">
      <Badge color="orange" variant="light">
        {t("case.hidden")}
      </Badge>
      <Text size="sm">{t("case.hiddenSince", { date: formatDateTime(hiddenAt) })}</Text>
    </Group>
  ) : (
    <Text size="sm">{t("case.stillShown")}</Text>
  );
}

function KeptRatingText({ rating }: { rating: KeptRating }) {
  const { t } = useTranslation("feedback");
  if (!rating.text)
    return (
      <Text size="sm" c="dimmed">
        {t("case.noText")}
      </Text>
    );
  return (
    <Text
      lang={rating.textLanguage ?? undefined}
      style={{ whiteSpace: "pre-wrap" }}
      className="break-anywhere"
      p="sm"
      bg="gray.0"
    >
      {rating.text}
    </Text>
  );
}

/** On the case page of a reported rating: the rating as kept, when it was shown, the reply, and now. */
export function ReportedRatingCase({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation("feedback");
  const kept = KeptRating.safeParse(detail.snapshot);
  if (!kept.success) return null;
  const rating = kept.data;
  return (
    <CaseSection title={t("case.title")} id="reported-rating-heading">
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <StarsShown stars={rating.stars} />
          <Text size="sm" fw={600} className="break-anywhere">
            {t("case.onItem", { item: rating.itemTitle, store: rating.storeName })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t("case.written", { date: formatDateTime(rating.createdAt) })}
          {rating.shownAt
            ? ` · ${t("case.shown", { date: formatDateTime(rating.shownAt) })}`
            : ` · ${t("case.notShown")}`}
        </Text>
        <KeptRatingText rating={rating} />
        {rating.photoCount > 0 && <Text size="sm">{t("case.photos", { count: rating.photoCount })}</Text>}
        {rating.sellerReply ? (
          <SellerReplyText text={rating.sellerReply} />
        ) : (
          <Text size="sm" c="dimmed">
            {t("case.noReply")}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t("case.noAuthor")}
        </Text>
        <Text size="sm" fw={600}>
          {t("case.now")}
        </Text>
        <RatingNow current={detail.current} />
      </Stack>
    </CaseSection>
  );
}
