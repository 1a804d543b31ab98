import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown } from "./markdown.ts";

describe("renderMarkdown", () => {
  it("renders formatting", () => {
    const html = renderMarkdown(
      "## Need\n\n- **30 %** fewer floods\n- [plan](https://example.org)",
    );
    expect(html).toContain("<h2>Need</h2>");
    expect(html).toContain("<strong>30 %</strong>");
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('rel="nofollow noopener"');
  });

  it("never lets script through", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3))\n\n<a href="javascript:alert(4)">x</a>',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
  });
});

describe("markdownToPlainText", () => {
  it("strips markup", () => {
    expect(markdownToPlainText("# Title\n\n* **bold** and [link](https://x.org)\n")).toBe(
      "Title bold and link",
    );
    expect(markdownToPlainText("… Context ## Need\nWe need")).toBe("… Context Need We need");
  });
});
