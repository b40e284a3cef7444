import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { UserSettings } from "../../domain/finding";
import { paneTextStrings as S } from "../../domain/strings";
import { PairsEditor, type Pair } from "./PairsEditor";

export interface SettingsFormProps {
  settings: UserSettings;
  onSave(settings: UserSettings): Promise<void>;
}

/** Kommun name → invånare: how the kommuner split their quarter. */
export function KommunKeyForm({ settings, onSave }: SettingsFormProps): React.JSX.Element {
  const initial = Object.entries(settings.kommunKey ?? {}) as Pair[];
  const save = (pairs: Pair[]) => {
    const key = Object.fromEntries(pairs.filter(([name]) => name.trim() !== "").map(([n, w]) => [n.trim(), w.trim()]));
    const next: UserSettings = { ...settings, kommunKey: key };
    if (Object.keys(key).length === 0) delete next.kommunKey;
    return onSave(next);
  };
  return (
    <>
      <Text size={200}>{S.kommunKeyHint}</Text>
      <PairsEditor
        columns={[S.kommunName, S.kommunWeight]}
        inputLabel={(n, column, [name]) => (column === 0 ? S.kommunNameLabel(n) : S.kommunWeightLabel(name.trim(), n))}
        removeLabel={(n, [name]) => S.removeRow(name.trim() || S.kommunRow(n))}
        initial={initial}
        addLabel={S.addKommun}
        onSave={save}
      />
    </>
  );
}

/** The eget kapital trappa: up to an allocation, at most a percentage. */
export function TrappaForm({ settings, onSave }: SettingsFormProps): React.JSX.Element {
  const initial = (settings.equityTrappa ?? []).map((s) => [s.allocationUpTo, s.maxPercent] as Pair);
  const save = (pairs: Pair[]) => {
    const steps = pairs.map(([upTo, percent]) => ({ allocationUpTo: upTo.trim(), maxPercent: percent.trim() }));
    const next: UserSettings = { ...settings, equityTrappa: steps };
    if (steps.length === 0) delete next.equityTrappa;
    return onSave(next);
  };
  return (
    <>
      <Text size={200}>{S.trappaHint}</Text>
      <PairsEditor
        columns={[S.trappaUpTo, S.trappaPercent]}
        inputLabel={(n, column) => `${column === 0 ? S.trappaUpTo : S.trappaPercent}, ${S.step(n)}`}
        removeLabel={(n) => S.removeRow(S.step(n))}
        initial={initial}
        addLabel={S.addStep}
        onSave={save}
      />
    </>
  );
}
