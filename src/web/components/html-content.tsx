import { Box, type BoxProps } from "@mantine/core";

/**
 * HTML the server rendered from Markdown and sanitized (descriptionHtml, problemHtml…):
 * safe to insert as is. Styled by `.cm-markdown`.
 */
export function HtmlContent({ html, ...props }: { html: string } & BoxProps) {
  return (
    <Box
      className="cm-markdown"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by the server
      dangerouslySetInnerHTML={{ __html: html }}
      {...props}
    />
  );
}
