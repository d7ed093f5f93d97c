import { Alert, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RiskCode } from "../../../contracts/messages.ts";
import { AlertIcon } from "../../ui/icons.tsx";

/** On a store's message to the buyer: what it asks that is risky, why, and what to do instead. */
export function RiskWarning({ risks, children }: { risks: RiskCode[]; children?: React.ReactNode }) {
  const { t } = useTranslation("messages");
  if (risks.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} title={t("risks.title")} role="note">
      <Stack gap="xs">
        <List size="sm" spacing={6}>
          {risks.map((code) => (
            <List.Item key={code}>
              <Text size="sm" fw={600} span>
                {t(`risks.${code}.title`)}.
              </Text>{" "}
              <Text size="sm" span>
                {t(`risks.${code}.text`)}
              </Text>
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t("risks.whatToDo")}</Text>
        {children}
      </Stack>
    </Alert>
  );
}
