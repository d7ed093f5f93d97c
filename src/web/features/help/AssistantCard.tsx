import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";

/** The way into the "What happened?" assistant, on the help center's pages. */
export function AssistantCard() {
  const { t } = useTranslation("help");
  return (
    <Paper withBorder p="lg" bg="indigo.0" component="section" aria-labelledby="assistant-card-heading">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h4" id="assistant-card-heading">
          {t("assistantCard.title")}
        </Title>
        <Text size="sm">{t("assistantCard.text")}</Text>
        <ButtonLink to="/help/assistant">{t("assistantCard.button")}</ButtonLink>
      </Stack>
    </Paper>
  );
}

/** One line for other pages (the Report Center, My Orders): the assistant and the help center. */
export function AssistantLink() {
  const { t } = useTranslation("help");
  return (
    <Text size="sm">
      {t("assistantLink.before")}{" "}
      <AnchorLink to="/help/assistant" fw={600} c="indigo.9" size="sm">
        {t("assistantLink.link")}
      </AnchorLink>
      {" · "}
      <AnchorLink to="/help" fw={600} c="indigo.9" size="sm">
        {t("assistantLink.help")}
      </AnchorLink>
    </Text>
  );
}
