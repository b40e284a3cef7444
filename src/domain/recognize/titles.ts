// Titles: the text above a table that names it, as against a heading that opens a section.
import { normalizeLabel } from "../vocabulary";

/** A heading that titles a table rather than opening a section of one. */
export function looksLikeTitle(text: string): boolean {
  const n = normalizeLabel(text);
  if (n.numbering && n.numbering.includes(".")) return true;
  if (
    /budget|belopp i|verksamhetsplan|budgetplan|översikt|resultaträkning|balansräkning|finansiell ram för/i.test(n.text)
  )
    return true;
  if (/(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}/.test(n.text)) return true;
  const letters = n.text.replace(/[^\p{L}]/gu, "");
  return letters.length > 12 && letters === letters.toUpperCase() && n.text.split(" ").length >= 3;
}
