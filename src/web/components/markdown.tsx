import { Box, Input, Tabs, Text, Textarea, type TextareaProps } from "@mantine/core";
import { IconEye, IconPencil } from "@tabler/icons-react";
import { Marked } from "marked";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { HtmlContent } from "./html-content.tsx";

const marked = new Marked({ gfm: true, breaks: false, async: false });

// The same allow-list the server applies (src/server/modules/items/markdown.ts), so the
// preview shows what readers will see.
const ALLOWED_TAGS = new Set(
  "h1 h2 h3 h4 h5 h6 p br hr ul ol li blockquote strong em del code pre a table thead tbody tr th td".split(
    " ",
  ),
);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ["href", "title"],
  th: ["align"],
  td: ["align"],
};

function cleanNode(node: Element): void {
  for (const child of [...node.children]) {
    const tag = child.tagName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) {
      // Drop scripts and styles with their content; unwrap other unknown elements.
      if (["script", "style", "iframe", "object", "embed", "template"].includes(tag)) {
        child.remove();
        continue;
      }
      cleanNode(child);
      child.replaceWith(...child.childNodes);
      continue;
    }
    const allowed = ALLOWED_ATTRIBUTES[tag] ?? [];
    for (const attribute of [...child.attributes]) {
      if (!allowed.includes(attribute.name)) child.removeAttribute(attribute.name);
    }
    if (tag === "a") {
      const href = child.getAttribute("href") ?? "";
      if (!/^(https?:|mailto:)/i.test(href)) child.removeAttribute("href");
      child.setAttribute("rel", "nofollow noopener");
      child.setAttribute("target", "_blank");
    }
    cleanNode(child);
  }
}

/** Markdown → sanitized HTML in the browser, for previews only (the server renders for real). */
export function renderMarkdownPreview(source: string): string {
  const html = marked.parse(source) as string;
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  cleanNode(document.body);
  return document.body.innerHTML;
}

/** A Markdown field with Write and Preview tabs. */
export function MarkdownEditor({
  label,
  description,
  error,
  value,
  onChange,
  required,
  minRows = 8,
  ...props
}: Omit<TextareaProps, "onChange" | "value"> & {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>("write");
  const inputId = useId();
  const preview = useMemo(
    () => (tab === "preview" ? renderMarkdownPreview(value) : ""),
    [tab, value],
  );
  return (
    <Input.Wrapper
      label={label}
      description={description ?? t("markdown.hint")}
      error={error}
      required={required}
      id={inputId}
      labelProps={{ htmlFor: inputId }}
    >
      <Tabs value={tab} onChange={setTab} variant="outline" mt={4}>
        <Tabs.List>
          <Tabs.Tab value="write" leftSection={<IconPencil size={14} aria-hidden />}>
            {t("markdown.write")}
          </Tabs.Tab>
          <Tabs.Tab value="preview" leftSection={<IconEye size={14} aria-hidden />}>
            {t("markdown.preview")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="xs">
          <Textarea
            id={inputId}
            error={Boolean(error)}
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
            autosize
            minRows={minRows}
            maxRows={30}
            required={required}
            {...props}
          />
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="xs">
          <Box
            p="md"
            mih={160}
            style={{
              border: "1px solid var(--mantine-color-gray-4)",
              borderRadius: "var(--mantine-radius-md)",
              background: "var(--mantine-color-white)",
            }}
          >
            {value.trim() ? (
              <HtmlContent html={preview} />
            ) : (
              <Text c="dimmed" size="sm">
                {t("markdown.empty")}
              </Text>
            )}
          </Box>
        </Tabs.Panel>
      </Tabs>
    </Input.Wrapper>
  );
}
