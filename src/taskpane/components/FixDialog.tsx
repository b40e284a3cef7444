import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ProposedFix } from "../../domain/finding";
import { paneTextStrings as S } from "../../domain/strings";
import type { FixPlan, SumFix } from "../model/types";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  values: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  value: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  parts: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  partCell: { padding: `${tokens.spacingVerticalXXS} 0`, verticalAlign: "top" },
  number: { textAlign: "end", whiteSpace: "nowrap", paddingLeft: tokens.spacingHorizontalS },
  total: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  partLabel: { textAlign: "start", fontWeight: tokens.fontWeightRegular },
  totalLabel: { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
  suspect: {
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, justifyContent: "flex-end" },
});

export interface FixDialogProps {
  plan: FixPlan | undefined;
  onCancel(): void;
  /** Called once per confirmation; the dialog stays open (and its buttons disabled) until it settles. */
  onConfirm(fix: ProposedFix): Promise<void>;
  /** Selects a part the user should look at, and closes the dialog. */
  onGoTo(sheet: string, cell: string): void;
}

function SumDetails({ sum }: { sum: SumFix }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      <Text>{S.fixSumIntro(sum.label, sum.statedText, sum.partsTotalText, sum.differenceText)}</Text>
      <table className={styles.parts} data-testid="fix-parts">
        <caption className={styles.caption}>{S.fixPartsCaption}</caption>
        <tbody>
          {sum.parts.map((p) => (
            <tr key={p.cell}>
              <th scope="row" className={mergeClasses(styles.partCell, styles.partLabel)}>
                {p.label} ({p.cell})
              </th>
              <td className={mergeClasses(styles.partCell, styles.number)}>{p.amountText}</td>
            </tr>
          ))}
          <tr className={styles.total}>
            <th scope="row" className={mergeClasses(styles.partCell, styles.totalLabel)}>
              {S.fixPartsTotal}
            </th>
            <td className={mergeClasses(styles.partCell, styles.number)}>{sum.partsTotalText}</td>
          </tr>
        </tbody>
      </table>
      {sum.suspects.map((s) => (
        <Text key={`${s.role}-${s.cell}`} className={styles.suspect} data-testid="fix-suspect">
          {s.role === "part"
            ? S.fixSuspect(s.label, s.cell, s.amountText, s.correctedText, S.slips[s.slip])
            : S.fixSuspectTotal(s.amountText, s.correctedText, S.slips[s.slip])}
        </Text>
      ))}
      {sum.hint && <Text size={200}>{sum.hint === "nine" ? S.fixHintNine : S.fixHintThousand}</Text>}
      {!sum.suspects.some((s) => s.role === "total") && <Text weight="semibold">{S.fixAskPart}</Text>}
    </>
  );
}

/**
 * Before anything is written: the one cell a fix changes, old and new as a Swedish Excel user reads
 * them, and for a sum its parts; when one part looks mistyped, fixing that part comes first.
 */
export function FixDialog({ plan, onCancel, onConfirm, onGoTo }: FixDialogProps): React.JSX.Element {
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const confirm = async (fix: ProposedFix) => {
    if (busy) return;
    setBusy(true);
    try {
      await onConfirm(fix);
    } finally {
      setBusy(false);
    }
  };
  const partSuspects = plan?.sum?.suspects.filter((s) => s.role === "part") ?? [];
  const writesFormula = plan?.fix.newValue.startsWith("=") ?? false;
  return (
    <Dialog open={plan !== undefined} modalType="alert" onOpenChange={(_, data) => !data.open && !busy && onCancel()}>
      <DialogSurface>
        {plan && (
          <DialogBody>
            <DialogTitle>{S.fixTitle(plan.fix.sheet, plan.fix.cell)}</DialogTitle>
            <DialogContent className={styles.content}>
              {plan.sum && <SumDetails sum={plan.sum} />}
              <Text>{partSuspects.length > 0 ? S.fixIfFormula(plan.fix.cell) : S.fixIntro}</Text>
              <dl className={styles.values}>
                <dt className={styles.term}>{S.fixOld}</dt>
                <dd className={styles.value} data-testid="fix-old">
                  {plan.fix.oldValue === "" ? S.fixEmpty : plan.oldShown}
                </dd>
                <dt className={styles.term}>{S.fixNew}</dt>
                <dd className={styles.value} data-testid="fix-new">
                  {plan.newShown}
                </dd>
              </dl>
            </DialogContent>
            <DialogActions className={styles.actions}>
              {partSuspects.map((s) =>
                s.fix ? (
                  <Button
                    key={s.cell}
                    appearance="primary"
                    disabled={busy}
                    onClick={() => s.fix && void confirm(s.fix)}
                  >
                    {S.fixWritePart(s.correctedText, s.cell)}
                  </Button>
                ) : (
                  <Button key={s.cell} disabled={busy} onClick={() => onGoTo(plan.fix.sheet, s.cell)}>
                    {S.fixGoToPart(s.cell)}
                  </Button>
                )
              )}
              <Button
                appearance={partSuspects.length > 0 ? "secondary" : "primary"}
                disabled={busy}
                onClick={() => void confirm(plan.fix)}
              >
                {writesFormula ? S.fixWriteFormula(plan.newShown) : S.fixConfirm}
              </Button>
              <Button appearance="secondary" onClick={onCancel} disabled={busy}>
                {S.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
