import { Group, Text } from "@mantine/core";
import { HelpButton } from "./HelpButton.tsx";

interface FieldLabelProps {
  htmlFor: string;
  label: string;
  help?: string;
  required?: boolean;
}

/**
 * A field label with its "?" help button beside it. The button sits outside the <label>, so the field's
 * accessible name is exactly the label text.
 */
export function FieldLabel({ htmlFor, label, help, required }: FieldLabelProps) {
  return (
    <Group gap={4} wrap="nowrap" align="center" mb={4}>
      <Text component="label" htmlFor={htmlFor} size="sm" fw={500}>
        {label}
        {required && (
          <Text component="span" c="red" aria-hidden="true">
            {" *"}
          </Text>
        )}
      </Text>
      {help && <HelpButton label={label} help={help} />}
    </Group>
  );
}
