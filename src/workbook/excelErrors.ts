// Office errors as the user should hear them: what happened and what to do, in Swedish. Office's
// codes (OfficeExtension.Error.code, e.g. "InvalidOperationInCellEditMode") pick the sentence and
// never reach the pane themselves. Private helper of the Excel adapter.
import { excelStrings } from "../domain/strings";

/** The code of an OfficeExtension.Error (or anything shaped like one); undefined for other errors. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** One Swedish sentence or two: what went wrong in Excel and what the user can do about it. */
export function officeProblem(error: unknown): string {
  const code = officeErrorCode(error);
  return (code !== undefined && excelStrings.problems[code]) || excelStrings.unknownProblem;
}

/** Excel on the web refused a request or response over its 5 MB limit. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}
