import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The seller's public reply, set off under the rating it answers. */
export function SellerReplyText({ text }: { text: string }) {
  const { t } = useTranslation("feedback");
  return (
    <Text size="sm" pl="md" style={{ borderLeft: "3px solid var(--mantine-color-gray-4)" }}>
      <Text span fw={600}>
        {t("reply.sellerReplied")}
      </Text>{" "}
      {text}
    </Text>
  );
}
