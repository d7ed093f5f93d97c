import { Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Holder } from "../../../contracts/rights.ts";
import { countryName, formatBytes } from "../../ui/format.ts";
import { FileIcon } from "../../ui/icons.tsx";
import { Fact } from "./RightFacts.tsx";
import { holderKindName } from "./rights.labels.ts";

/** The holder's registration as it was sent; identity documents are listed by name (only staff open them). */
export function HolderProfile({ holder }: { holder: Holder }) {
  const { t } = useTranslation("rights");
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="holder-title">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="holder-title">
            {holder.legalName}
          </Title>
          <Text size="sm" c="dimmed">
            {t("holder.registered", { kind: holderKindName(holder.kind) })}
          </Text>
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
          <Fact label={t("holder.country")}>{countryName(holder.country)}</Fact>
          <Fact label={t("holder.contactEmail")}>{holder.contactEmail}</Fact>
          <Fact label={t("holder.address")}>
            <span style={{ whiteSpace: "pre-line" }}>{holder.address}</span>
          </Fact>
          {holder.companyNumber && <Fact label={t("holder.companyNumber")}>{holder.companyNumber}</Fact>}
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t("holder.documents")}
          </Text>
          <List size="sm" spacing={2} icon={<FileIcon size={14} />} aria-label={t("holder.documents")}>
            {holder.documents.map((d) => (
              <List.Item key={d.id}>
                {d.fileName}{" "}
                <Text span size="xs" c="dimmed">
                  ({formatBytes(d.sizeBytes)})
                </Text>
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed">
            {t("holder.onlyStaff")}
          </Text>
        </Stack>
      </Stack>
    </Paper>
  );
}
