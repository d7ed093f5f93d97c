import { Paper, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { ConsoleDispute } from "../../../contracts/disputes.ts";
import { useNow } from "../../ui/time.ts";
import { NextStepDetails } from "../disputes/NextStepDetails.tsx";
import { partyName } from "./dispute-console.labels.ts";

const COLORS = { platform: "orange", side: "indigo", nobody: "green" } as const;

function headingOf(dispute: ConsoleDispute, t: TFunction<"disputeConsole">): string {
  const { who } = dispute.next;
  // An appeal is decided on the evidence in the timeline, never by the mediator whose ruling it is.
  if (who === "platform" && dispute.status === "appealed")
    return dispute.actions.rule ? t("next.decideAppeal") : t("next.otherDecides");
  if (who === "platform") return t("next.rule");
  if (who === "nobody") return t("next.nothing");
  return t("next.waitingFor", { name: partyName(who, dispute) });
}

/** Who must act next, by when, and what the timer does if nobody acts: the same facts both sides see. */
export function MediatorNextStep({ dispute }: { dispute: ConsoleDispute }) {
  const { t } = useTranslation("disputeConsole");
  const now = useNow();
  const { next } = dispute;
  const color =
    next.who === "platform" ? COLORS.platform : next.who === "nobody" ? COLORS.nobody : COLORS.side;
  return (
    <Paper
      component="section"
      aria-labelledby="next-step-heading"
      p={{ base: "md", sm: "lg" }}
      withBorder
      bg={`${color}.0`}
      h="100%"
      style={{ borderColor: `var(--mantine-color-${color}-6)`, borderWidth: 2 }}
    >
      <Stack gap="xs">
        <Text size="xs" fw={700} tt="uppercase" c={`${color}.9`}>
          {t("next.label")}
        </Text>
        <Title order={2} size="h4" id="next-step-heading">
          {headingOf(dispute, t)}
        </Title>
        <NextStepDetails next={next} now={now} />
      </Stack>
    </Paper>
  );
}
