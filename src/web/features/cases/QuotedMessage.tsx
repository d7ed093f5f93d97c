import { Blockquote } from "@mantine/core";

/** A message from or to the reporters, quoted as written. */
export function QuotedMessage({ message }: { message: string }) {
  return (
    <Blockquote
      p="xs"
      mt={4}
      fz="sm"
      color="gray"
      style={{ whiteSpace: "pre-wrap" }}
      className="break-anywhere"
    >
      {message}
    </Blockquote>
  );
}
