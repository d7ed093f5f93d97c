import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReceivedComplaintDetail } from "../../../../contracts/received.ts";
import { SellerAppealCard } from "../../appeals/SellerAppealCard.tsx";
import { CounterNoticesCard } from "../../counter-notices/CounterNoticesCard.tsx";
import { RemoveListingCard } from "./RemoveListingCard.tsx";
import { SellerAnswerCard } from "./SellerAnswerCard.tsx";

// Only intellectual-property complaints can be answered with a counter-notice.
const IP_TYPES = new Set(["ip_rights_holder", "copyright"]);

/** What the seller may do about a complaint: appeal, counter-notice, answer, take the listing down. */
export function SellerActions({ complaint }: { complaint: ReceivedComplaintDetail }) {
  const { t } = useTranslation("myReports");
  const { decision } = complaint;
  const ipRemoval =
    decision?.outcome === "action_taken" && complaint.types.some((type) => IP_TYPES.has(type));
  return (
    <Stack gap="md" component="section" aria-labelledby="next-steps-heading">
      <Title order={2} size="h3" id="next-steps-heading">
        {t("actions.title")}
      </Title>
      {ipRemoval && decision && <CounterNoticesCard complaint={complaint} decision={decision} />}
      <SellerAppealCard complaint={complaint} />
      <SellerAnswerCard
        caseId={complaint.caseId}
        decided={!!decision}
        aboutRating={complaint.targetKind === "feedback"}
      />
      {complaint.targetKind === "listing" && <RemoveListingCard complaint={complaint} />}
    </Stack>
  );
}
