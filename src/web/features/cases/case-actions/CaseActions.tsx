import { Button, Group, Tooltip, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import i18next from "i18next";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../../contracts/console.ts";
import { ApiError } from "../../../api/http.ts";
import { useStaffList } from "../../admin/admin.api.ts";
import { useSession } from "../../auth/session.ts";
import type { ClaimState } from "../ClaimControls.tsx";
import { AssignDialog } from "./AssignDialog.tsx";
import { RequestInfoDialog } from "./RequestInfoDialog.tsx";
import { RerouteDialog } from "./RerouteDialog.tsx";

/** Why "Decide" cannot be used now, or null when it can. */
export function decideBlockedReason(detail: CaseDetail, claim: ClaimState): string | null {
  if (detail.decision || detail.status === "decided" || detail.status === "closed")
    return i18next.t("cases:actions.alreadyDecided");
  if (claim === "other")
    return i18next.t("cases:actions.claimedByOther", { name: detail.claimedBy?.name ?? "" });
  return null;
}

function DecideButton({ blocked, onDecide }: { blocked: string | null; onDecide: () => void }) {
  const { t } = useTranslation("cases");
  if (!blocked) return <Button onClick={onDecide}>{t("actions.decide")}</Button>;
  // Disabled through aria-disabled, not `disabled`: the button keeps the focus, so the reason is reachable.
  return (
    <>
      <Tooltip
        label={blocked}
        withArrow
        multiline
        maw={280}
        events={{ hover: true, focus: true, touch: true }}
      >
        <Button
          data-disabled
          aria-disabled="true"
          aria-describedby="decide-blocked"
          onClick={(event) => event.preventDefault()}
        >
          {t("actions.decide")}
        </Button>
      </Tooltip>
      <VisuallyHidden id="decide-blocked">{blocked}</VisuallyHidden>
    </>
  );
}

const ASSIGNING_ROLES = ["senior_moderator", "admin"];

/** Assigning needs the staff list, which only admins may read: without it, there is nothing to pick. */
function useAssignableStaff(enabled: boolean) {
  const staff = useStaffList(enabled);
  const refused =
    staff.error instanceof ApiError && (staff.error.status === 403 || staff.error.status === 401);
  const usable = enabled && !refused && (staff.isSuccess || staff.isError);
  return { staff, usable };
}

interface CaseActionsProps {
  detail: CaseDetail;
  claim: ClaimState;
  onDecide: () => void;
}

/** What can be done with an undecided case: assign, ask the reporters, move it, decide it. */
export function CaseActions({ detail, claim, onDecide }: CaseActionsProps) {
  const { t } = useTranslation("cases");
  const { user } = useSession();
  const [asking, ask] = useDisclosure(false);
  const [moving, move] = useDisclosure(false);
  const [assigning, assign] = useDisclosure(false);
  const undecided = !detail.decision && (detail.status === "open" || detail.status === "needs_info");
  const { staff, usable } = useAssignableStaff(undecided && ASSIGNING_ROLES.includes(user?.role ?? ""));

  return (
    <Group gap="xs" wrap="wrap">
      {usable && (
        <Button variant="default" onClick={assign.open}>
          {t("actions.assign")}
        </Button>
      )}
      {undecided && detail.status === "open" && (
        <Button variant="default" onClick={ask.open}>
          {t("actions.askInfo")}
        </Button>
      )}
      {undecided && (
        <Button variant="default" onClick={move.open}>
          {t("actions.move")}
        </Button>
      )}
      <DecideButton blocked={decideBlockedReason(detail, claim)} onDecide={onDecide} />
      {usable && <AssignDialog detail={detail} staff={staff} opened={assigning} onClose={assign.close} />}
      <RequestInfoDialog detail={detail} opened={asking} onClose={ask.close} />
      <RerouteDialog detail={detail} opened={moving} onClose={move.close} />
    </Group>
  );
}
