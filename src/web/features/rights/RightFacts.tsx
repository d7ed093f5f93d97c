import { SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RightSummary } from "../../../contracts/rights.ts";
import { formatCalendarDate } from "../../ui/format.ts";

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} component="div">
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </Stack>
  );
}

/** A right's registered facts as a description list: two columns from small screens up. */
export function RightFacts({ right, actsAsAgent }: { right: RightSummary; actsAsAgent: boolean }) {
  const { t } = useTranslation("rights");
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
      <Fact label={t("facts.office")}>{right.office}</Fact>
      <Fact label={t("facts.owner")}>
        {right.ownerName}
        {actsAsAgent ? t("facts.asAgent") : ""}
      </Fact>
      {right.classes.length > 0 && <Fact label={t("facts.classes")}>{right.classes.join(", ")}</Fact>}
      <Fact label={t("facts.valid")}>
        {formatCalendarDate(right.validFrom)} –{" "}
        {right.validTo ? formatCalendarDate(right.validTo) : t("facts.noEnd")}
      </Fact>
    </SimpleGrid>
  );
}
