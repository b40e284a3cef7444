// The small data tables inside the pane's cards: one look, defined once.
import { tokens, type GriffelStyle } from "@fluentui/react-components";

export const compactTable: GriffelStyle = {
  width: "100%",
  borderCollapse: "collapse",
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
  "& th, & td": {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  "& th": { fontWeight: tokens.fontWeightSemibold, textAlign: "start" },
  "& th[data-num], & td[data-num]": { textAlign: "end" },
};
