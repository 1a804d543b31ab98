import { Badge, createTheme, Input, type MantineColorsTuple } from "@mantine/core";

// A civic palette: deep teal for action and identity, indigo for data and accents,
// amber sparingly for highlights (the "light in the city" of the logo).
const civic: MantineColorsTuple = [
  "#e7f7f6",
  "#d0ebe9",
  "#a1d6d2",
  "#6ec0ba",
  "#45ada6",
  "#2ca199",
  "#1b9a92",
  "#0b817a",
  "#00716b",
  "#005f5a",
];

const dusk: MantineColorsTuple = [
  "#eef0fb",
  "#dcdff1",
  "#b5bbe3",
  "#8c95d5",
  "#6a74c9",
  "#5560c2",
  "#4955c0",
  "#3a46a9",
  "#323e98",
  "#273587",
];

export const theme = createTheme({
  primaryColor: "civic",
  primaryShade: { light: 7, dark: 5 },
  colors: { civic, dusk },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  headings: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    fontWeight: "700",
  },
  defaultRadius: "md",
  cursorType: "pointer",
  focusRing: "auto",
  defaultGradient: { from: "dusk.8", to: "civic.7", deg: 125 },
  components: {
    Card: { defaultProps: { withBorder: true, radius: "lg", padding: "lg" } },
    Paper: { defaultProps: { radius: "lg" } },
    // Badges hold one or two words: never squeeze them into an ellipsis.
    Badge: Badge.extend({
      defaultProps: { radius: "sm" },
      styles: { root: { minWidth: "max-content" } },
    }),
    // Descriptions under the field, so inputs side by side stay aligned.
    InputWrapper: Input.Wrapper.extend({
      defaultProps: { inputWrapperOrder: ["label", "input", "description", "error"] },
    }),
    Tooltip: { defaultProps: { withArrow: true } },
  },
});

/** Colours of chart series, in order; readable on white and on the dusk hero. */
export const CHART_COLORS = [
  "#0b817a",
  "#4955c0",
  "#e29a12",
  "#c2417a",
  "#3b82c4",
  "#6b8e23",
  "#8a5cc2",
];
