// The engine chunk, loaded on first use: recognition, checks and prognosis stay out of the initial bundle.
export type PaneEngine = typeof import("../model/engine");

let loading: Promise<PaneEngine> | undefined;

export function loadEngine(): Promise<PaneEngine> {
  loading ??= import(/* webpackChunkName: "engine" */ "../model/engine");
  return loading;
}

/** An exception from a port or the engine, as a short detail for a Swedish message. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
