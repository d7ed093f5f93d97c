import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../ui/links.tsx";

/** What staff outside the Disputes department see in place of its pages: why, and where to go instead. */
export function NotYourDepartment({ headingOrder = 2 }: { headingOrder?: 1 | 2 }) {
  const { t } = useTranslation("disputeConsole");
  return (
    <Paper withBorder p="xl" maw={560} role="alert">
      <Stack gap="md" align="flex-start">
        <Title order={headingOrder} size="h3">
          {t("notYours.title")}
        </Title>
        <Text>{t("notYours.text")}</Text>
        <ButtonLink to="/console" variant="default">
          {t("notYours.back")}
        </ButtonLink>
      </Stack>
    </Paper>
  );
}

/** A 404: the dispute does not exist, or the platform never took it up (it is still between the sides). */
export function NotWithThePlatform() {
  const { t } = useTranslation("disputeConsole");
  return (
    <Paper withBorder p="xl" maw={560} role="alert">
      <Stack gap="md" align="flex-start">
        <Title order={1} size="h3">
          {t("notYours.notWithTitle")}
        </Title>
        <Text>{t("notYours.notWith")}</Text>
        <ButtonLink to="/console/disputes" variant="default">
          {t("notYours.toQueue")}
        </ButtonLink>
      </Stack>
    </Paper>
  );
}
