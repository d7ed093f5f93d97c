import { ActionIcon, Popover, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { QuestionIcon } from "./icons.tsx";

interface HelpButtonProps {
  /** The label of the field it explains; the button is named "Help: <label>". */
  label: string;
  help: string;
}

/**
 * The "?" beside a field's label. Its name comes from (visually hidden) content rather than aria-label,
 * so that finding the field by its label never also finds this button.
 */
export function HelpButton({ label, help }: HelpButtonProps) {
  const { t } = useTranslation("ui");
  return (
    <Popover width={300} position="top-start" withArrow shadow="md" closeOnEscape>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" radius="xl">
          <QuestionIcon size={16} />
          <VisuallyHidden>{t("help", { label })}</VisuallyHidden>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm">{help}</Text>
      </Popover.Dropdown>
    </Popover>
  );
}
