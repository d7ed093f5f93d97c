import { Anchor } from "@mantine/core";
import type { ReactNode } from "react";

const URL_PATTERN = /https?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/g;

/** Plain text with its web links made clickable (and nothing else interpreted). */
export function LinkifiedText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <Anchor key={start} href={match[0]} className="break-anywhere">
        {match[0]}
      </Anchor>,
    );
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <div className="mail-text">{parts}</div>;
}
