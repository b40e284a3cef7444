import * as React from "react";
import { makeStyles } from "@fluentui/react-components";

/** Says a short status to screen readers (counts after an analysis, "Sparat", "Bladet … har lagts till"). */
export type Announce = (text: string) => void;

/** Announcements this close together are one. */
const JOIN_MS = 1000;

const AnnounceContext = React.createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return React.useContext(AnnounceContext);
}

const useStyles = makeStyles({
  // Visually hidden, still read: the usual clip pattern.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** A polite live region for everything below it; the same text said twice is said twice. */
export function Announcer({ children }: { children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  const [message, setMessage] = React.useState({ text: "", turn: false, at: 0 });
  // Texts said together ("Sparat", then the new counts) are joined rather than cut off; a zero-width
  // space, alternating, makes a repeated text a change the screen reader hears again.
  const announce = React.useCallback<Announce>(
    (text) =>
      setMessage((m) => {
        const now = Date.now();
        const joined = now - m.at < JOIN_MS && m.text && !m.text.includes(text) ? `${m.text} ${text}` : text;
        return { text: joined, turn: !m.turn, at: now };
      }),
    []
  );
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      {/* Never hidden by a dialog's modalizer (Tabster): what is said must be heard while a dialog is open. */}
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={styles.hidden}
        data-tabster-never-hide=""
        data-testid="announcer"
      >
        {message.text ? `${message.text}${message.turn ? "\u200b" : ""}` : ""}
      </div>
    </AnnounceContext.Provider>
  );
}
