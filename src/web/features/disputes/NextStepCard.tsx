import { Paper, Stack, Text, Title } from "@mantine/core";
import { forwardRef } from "react";
import { useTranslation } from "react-i18next";
import type { Dispute } from "../../../contracts/disputes.ts";
import { useNow } from "../../ui/time.ts";
import { NextStepDetails } from "./NextStepDetails.tsx";

const COLORS = { you: "orange", other: "indigo", done: "green" } as const;

/**
 * Who must act next, by when (in the reader's own time zone), and what happens if nobody does: the one
 * thing both sides must not miss, at the top of the page. The heading takes the focus after each step.
 */
export const NextStepCard = forwardRef<HTMLHeadingElement, { dispute: Dispute }>(function NextStepCard(
  { dispute },
  heading,
) {
  const { t } = useTranslation("disputes");
  const now = useNow();
  const { next, role } = dispute;
  const yours = next.who === role;
  const color = next.who === "nobody" ? COLORS.done : yours ? COLORS.you : COLORS.other;
  const title =
    next.who === "nobody"
      ? dispute.actions.appealUntil && Date.parse(dispute.actions.appealUntil) > now
        ? t("next.openToAppeal")
        : t("next.nothingMore")
      : yours
        ? t("next.yourTurn")
        : t(`waitingFor.${next.who}`);
  return (
    <Paper
      component="section"
      aria-labelledby="next-step-heading"
      p={{ base: "md", sm: "lg" }}
      withBorder
      bg={`${color}.0`}
      style={{ borderColor: `var(--mantine-color-${color}-6)`, borderWidth: 2 }}
    >
      <Stack gap="xs">
        <Text size="xs" fw={700} tt="uppercase" c={`${color}.9`}>
          {t("next.label")}
        </Text>
        <Title
          order={2}
          size="h3"
          id="next-step-heading"
          ref={heading}
          tabIndex={-1}
          style={{ outline: "none" }}
        >
          {title}
        </Title>
        <NextStepDetails next={next} now={now} />
      </Stack>
    </Paper>
  );
});
