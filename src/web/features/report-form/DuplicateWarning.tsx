import { Alert, Text } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import { AlertIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";

export const DUPLICATE_WARNING_ID = "report-duplicate-warning";

/**
 * Said as soon as the link is known, not after the whole form was written: the reporter's own report of
 * the same thing is still open, and a second one would be refused.
 */
export function DuplicateWarning({ duplicate }: { duplicate: { id: string; reference: string } }) {
  const { t } = useTranslation("reportForm");
  return (
    <Alert
      id={DUPLICATE_WARNING_ID}
      tabIndex={-1}
      color="orange"
      variant="light"
      icon={<AlertIcon />}
      title={t("duplicate.title")}
      role="status"
    >
      <Text size="sm" c="dark">
        <Trans
          t={t}
          i18nKey="duplicate.text"
          values={{ reference: duplicate.reference }}
          components={{
            report: <AnchorLink to="/my/reports/$id" params={{ id: duplicate.id }} fw={600} c="indigo.9" />,
          }}
        />
      </Text>
    </Alert>
  );
}
