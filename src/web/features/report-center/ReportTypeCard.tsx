import { Button, Card, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReportTypeInfo } from "../../../contracts/report-types.ts";
import { CheckIcon, CloseIcon } from "../../ui/icons.tsx";
import { NotForItem } from "./NotForItem.tsx";
import { reportTypeWords } from "./report-type-words.ts";

interface ReportTypeCardProps {
  type: ReportTypeInfo;
  onChoose: (type: ReportTypeInfo) => void;
}

export function ReportTypeCard({ type, onChoose }: ReportTypeCardProps) {
  const { t } = useTranslation("reportCenter");
  const words = reportTypeWords(type, t);
  const headingId = `type-${type.id}`;
  return (
    <Card component="article" aria-labelledby={headingId} h="100%">
      <Stack gap="sm" h="100%">
        <Title order={2} size="h4" id={headingId}>
          {words.title}
        </Title>
        <Text size="sm" c="dimmed">
          {words.summary}
        </Text>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t("useThisFor")}
          </Text>
          <List size="sm" spacing={2} icon={<CheckIcon size={14} color="var(--mantine-color-green-7)" />}>
            {words.forWhat.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t("notFor")}
          </Text>
          <List size="sm" spacing={2} icon={<CloseIcon size={14} color="var(--mantine-color-red-7)" />}>
            {words.notFor.map((item) => (
              <List.Item key={item}>
                <NotForItem text={item} />
              </List.Item>
            ))}
          </List>
        </div>
        <Button mt="auto" onClick={() => onChoose(type)} aria-label={t("chooseType", { type: words.title })}>
          {t("choose")}
        </Button>
      </Stack>
    </Card>
  );
}
