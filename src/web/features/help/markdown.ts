import DOMPurify from "dompurify";
import { markdownToHtml } from "./markdown-html.ts";

const SAFE_LINK = /^(https?:|mailto:|\/|#)/i;

// Every link is checked once more after sanitising: only web, mail, in-app and in-page links keep their
// address, and links that leave the app open apart from it, without telling it where they came from.
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName !== "A") return;
  const href = node.getAttribute("href") ?? "";
  if (!SAFE_LINK.test(href)) node.removeAttribute("href");
  else if (/^(https?:|mailto:)/i.test(href)) {
    node.setAttribute("rel", "noopener noreferrer nofollow");
    node.setAttribute("target", "_blank");
  }
});

/** An article's Markdown as HTML that is safe to show: no script, no event handler, no unsafe link. */
export function renderMarkdown(markdown: string) {
  const { html, headings } = markdownToHtml(markdown);
  const safe = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ["style", "form", "input", "button", "iframe", "object", "embed"],
    FORBID_ATTR: ["style"],
  });
  return { html: safe, headings };
}
