import { describe, expect, it } from "vitest";
import { headingId, markdownToHtml } from "./markdown-html.ts";

describe("article Markdown", () => {
  it("shows raw HTML as text instead of running it", () => {
    const { html } = markdownToHtml('Hello <script>alert(1)</script> and <img src=x onerror="alert(2)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("gives headings ids, unique within the article", () => {
    const { html, headings } = markdownToHtml(
      "## What evidence works?\n\ntext\n\n## What evidence works?\n\n### Über Beweise",
    );
    expect(headings.map((h) => h.id)).toEqual([
      "what-evidence-works",
      "what-evidence-works-2",
      "uber-beweise",
    ]);
    expect(html).toContain('<h2 id="what-evidence-works">');
    expect(headingId("!!!")).toBe("section");
  });

  it("renders tables and lists as written", () => {
    const { html } = markdownToHtml("| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two");
    expect(html).toContain("<table>");
    expect(html).toContain("<li>one</li>");
  });
});
