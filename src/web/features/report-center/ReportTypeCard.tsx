import { Button, Card, List, Stack, Text, Title } from "@mantine/core";
import type { ReportTypeInfo } from "../../../contracts/report-types.ts";
import { CheckIcon, CloseIcon } from "../../ui/icons.tsx";
import { NotForItem } from "./NotForItem.tsx";

interface ReportTypeCardProps {
  type: ReportTypeInfo;
  onChoose: (type: ReportTypeInfo) => void;
}

export function ReportTypeCard({ type, onChoose }: ReportTypeCardProps) {
  const headingId = `type-${type.id}`;
  return (
    <Card component="article" aria-labelledby={headingId} h="100%">
      <Stack gap="sm" h="100%">
        <Title order={2} size="h4" id={headingId}>
          {type.title}
        </Title>
        <Text size="sm" c="dimmed">
          {type.summary}
        </Text>
        <div>
          <Text size="sm" fw={600} mb={4}>
            Use this for
          </Text>
          <List size="sm" spacing={2} icon={<CheckIcon size={14} color="var(--mantine-color-green-7)" />}>
            {type.forWhat.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>
            Not for
          </Text>
          <List size="sm" spacing={2} icon={<CloseIcon size={14} color="var(--mantine-color-red-7)" />}>
            {type.notFor.map((item) => (
              <List.Item key={item}>
                <NotForItem text={item} />
              </List.Item>
            ))}
          </List>
        </div>
        <Button mt="auto" onClick={() => onChoose(type)} aria-label={`Choose ${type.title}`}>
          Choose
        </Button>
      </Stack>
    </Card>
  );
}
