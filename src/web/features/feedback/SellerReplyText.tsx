import { Text } from "@mantine/core";

/** The seller's public reply, set off under the rating it answers. */
export function SellerReplyText({ text }: { text: string }) {
  return (
    <Text size="sm" pl="md" style={{ borderLeft: "3px solid var(--mantine-color-gray-4)" }}>
      <Text span fw={600}>
        The seller replied:
      </Text>{" "}
      {text}
    </Text>
  );
}
