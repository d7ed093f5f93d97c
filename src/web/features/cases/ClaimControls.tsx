import { Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import { ApiError } from "../../api/http.ts";
import { formatDateTime } from "../../ui/format.ts";
import { errorMessageOf } from "../../ui/QueryState.tsx";
import { useClaimCase, useReleaseCase } from "./cases.api.ts";

export type ClaimState = "none" | "mine" | "other";

/** Who holds the case now; a claim past its expiry no longer counts. */
export function claimStateOf(detail: CaseDetail, myId: string | undefined, now: number): ClaimState {
  if (!detail.claimedBy) return "none";
  if (detail.claimedBy.id === myId) return "mine";
  const expired = detail.claimExpiresAt !== null && new Date(detail.claimExpiresAt).getTime() <= now;
  return expired ? "none" : "other";
}

/** "You claimed this case until …" / "Claimed by … until …". */
function claimLine(t: TFunction<"cases">, who: "mine" | "other", detail: CaseDetail) {
  const name = detail.claimedBy?.name ?? "";
  if (!detail.claimExpiresAt) return t(`claim.${who}`, { name });
  return t(`claim.${who}Until`, { name, date: formatDateTime(detail.claimExpiresAt) });
}

interface ClaimControlsProps {
  detail: CaseDetail;
  state: ClaimState;
  /** Refetches the case, e.g. after someone else claimed it first. */
  onStale: () => void;
}

/** "Claim case" / "Release", and who holds the case. */
export function ClaimControls({ detail, state, onStale }: ClaimControlsProps) {
  const { t } = useTranslation("cases");
  const claim = useClaimCase(detail.id);
  const release = useReleaseCase(detail.id);
  const decided = detail.decision !== null || detail.status === "decided" || detail.status === "closed";

  const failed = (title: string) => (error: unknown) => {
    notifications.show({ title, message: errorMessageOf(error), color: "red" });
    if (error instanceof ApiError && error.status === 409) onStale();
  };

  return (
    <Group gap="sm" wrap="wrap" align="center">
      <Text size="sm" role="status">
        {decided && t("claim.decided")}
        {!decided && state === "none" && t("claim.none")}
        {!decided && state === "mine" && claimLine(t, "mine", detail)}
        {!decided && state === "other" && claimLine(t, "other", detail)}
      </Text>
      {state === "none" && !decided && (
        <Button
          variant="light"
          loading={claim.isPending}
          onClick={() => claim.mutate({}, { onError: failed(t("claim.claimFailed")) })}
        >
          {t("claim.claim")}
        </Button>
      )}
      {state === "mine" && !decided && (
        <Button
          variant="default"
          loading={release.isPending}
          onClick={() => release.mutate({}, { onError: failed(t("claim.releaseFailed")) })}
        >
          {t("claim.release")}
        </Button>
      )}
    </Group>
  );
}
