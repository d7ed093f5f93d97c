import { Typography } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { MouseEvent } from "react";
import { useMemo } from "react";
import { renderMarkdown } from "./markdown.ts";
import "./help-article.css";

/**
 * An article's Markdown, sanitised. Links inside the app move within it (no page reload); links elsewhere
 * open apart from it.
 */
export function MarkdownView({ markdown }: { markdown: string }) {
  const navigate = useNavigate();
  const { html } = useMemo(() => renderMarkdown(markdown), [markdown]);
  const followInAppLink = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest("a");
    const href = link?.getAttribute("href");
    if (!href?.startsWith("/") || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)
      return;
    event.preventDefault();
    void navigate({ href });
  };
  return (
    <Typography className="help-article">
      {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: the links inside take the keyboard; this only keeps their clicks in the app */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by DOMPurify in renderMarkdown */}
      <div onClick={followInAppLink} dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
