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
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ProposedFix } from "../../domain/finding";
import { paneTextStrings as S } from "../../domain/strings";

const useStyles = makeStyles({
  values: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
  value: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  term: { fontWeight: tokens.fontWeightSemibold },
});

export interface FixDialogProps {
  fix: ProposedFix | undefined;
  onCancel(): void;
  /** Called once per confirmation; the dialog stays open (and its button disabled) until it settles. */
  onConfirm(fix: ProposedFix): Promise<void>;
}

/** Shows the old and the new value of the one cell a fix changes, and writes only on confirmation. */
export function FixDialog({ fix, onCancel, onConfirm }: FixDialogProps): React.JSX.Element {
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const confirm = async () => {
    if (!fix || busy) return;
    setBusy(true);
    try {
      await onConfirm(fix);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={fix !== undefined} modalType="alert" onOpenChange={(_, data) => !data.open && !busy && onCancel()}>
      <DialogSurface>
        {fix && (
          <DialogBody>
            <DialogTitle>{S.fixTitle(fix.sheet, fix.cell)}</DialogTitle>
            <DialogContent>
              <Text>{S.fixIntro}</Text>
              <dl className={styles.values}>
                <dt className={styles.term}>{S.fixOld}</dt>
                <dd className={styles.value} data-testid="fix-old">
                  {fix.oldValue === "" ? S.fixEmpty : fix.oldValue}
                </dd>
                <dt className={styles.term}>{S.fixNew}</dt>
                <dd className={styles.value} data-testid="fix-new">
                  {fix.newValue}
                </dd>
              </dl>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onCancel} disabled={busy}>
                {S.cancel}
              </Button>
              <Button appearance="primary" onClick={() => void confirm()} disabled={busy}>
                {S.fixConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
