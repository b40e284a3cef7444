// Office.js-shaped proxies for the fake Excel. office-addin-mock keeps each loadable property's
// state (not loaded → loaded, not synced → synced); the proxy around it makes Office.js's rules
// hard: reading a property before load and sync throws (PropertyNotLoaded), as Office.js does, and
// every write or method call is queued and applied to the store only at context.sync(), in order.
// When an operation fails, the ones before it stay applied and the rest are dropped, and nothing
// loaded in that batch is delivered: what Excel does with a failed batch.
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose full import fails
// in this install (ajv-draft-04 resolves the hoisted ajv 6, which has no "ajv/dist/core").
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

const NOT_LOADED = ["Error, property was not loaded", "Error, context.sync() was not called"];

/** What a queued operation is, for failure injection and the call log. */
export interface OpInfo {
  kind: string;
  sheet?: string;
  detail?: string;
}

export interface Op {
  info: OpInfo;
  apply(): void;
}

/** An OfficeExtension.Error as Excel raises it: a code and a message. */
export function officeError(code: string, message: string = code): Error & { code: string } {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

function propertyNotLoaded(name: string): Error {
  return officeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

/** The operations, loads and results of one batch: everything queued between two syncs. */
export class Batch {
  readonly ops: Op[] = [];
  /** Mocks with loads in this batch: office-addin-mock delivers them at sync. */
  readonly loaded = new Set<OfficeMockObject>();
  /** Run after the batch was applied and delivered (results become readable). */
  readonly delivered: (() => void)[] = [];
  /** Bytes of the response: each loaded value's JSON, counted as the batch is applied. */
  responseBytes = 0;
  /** Bytes of the request: each written value's JSON. */
  requestBytes = 0;
}

/** The request context's side of a proxy: where its operations go. */
export interface Queue {
  current(): Batch;
}

/** What one Office.js object can do: its loadable properties, methods and writable properties. */
export interface ObjectSpec {
  /** Loadable properties, computed when the load is applied (at sync, after earlier operations). */
  properties?: Record<string, () => unknown>;
  /** Static data for navigational loads and nested objects ("protection/protected", format.font …). */
  data?: Record<string, unknown>;
  /** Methods by path: "activate", "freezePanes.freezeRows", "format.borders.getItem". */
  methods?: Record<string, (...args: never[]) => unknown>;
  /** A write to a property by path ("values", "format.font.bold"): the operation it queues. */
  onSet?(path: string, value: unknown): Op | undefined;
  /** For *OrNullObject: whether the object is null, decided when the batch runs. */
  isNull?(): boolean;
}

/** A proxy for one Office.js object. */
export function officeObject(queue: Queue, spec: ObjectSpec): Record<string, unknown> & { target: OfficeMockObject } {
  const target = new OfficeMockObject({ ...(spec.data ?? {}) });
  // office-addin-mock's setValue (typed private) gives a property a new value, not loaded yet.
  const setValue = (name: string, value: unknown): void =>
    (target as unknown as { setValue(name: string, value: unknown): void }).setValue(name, value);
  let isNull: boolean | undefined;
  let synced = false;
  if (spec.isNull) {
    const check = spec.isNull;
    queue.current().ops.push({ info: { kind: "nullCheck" }, apply: () => void (isNull = check()) });
    queue.current().delivered.push(() => (synced = true));
  }
  const load = (argument: unknown): void => {
    const batch = queue.current();
    const names = String(argument ?? "")
      .split(",")
      .map((n) => n.trim())
      .filter((n) => n !== "");
    for (const name of names) {
      const compute = spec.properties?.[name];
      if (compute) {
        setValue(name, undefined);
        target.load(name);
        batch.ops.push({
          info: { kind: "load", detail: name },
          apply: () => {
            const value = isNull ? null : compute();
            batch.responseBytes += JSON.stringify(value ?? null).length;
            setValue(name, value);
            target.load(name);
          },
        });
      } else {
        target.load(name); // throws when the property is not part of the object
      }
      batch.loaded.add(target);
    }
  };
  return wrap(target, "") as Record<string, unknown> & { target: OfficeMockObject };

  function wrap(object: OfficeMockObject, path: string): unknown {
    return new Proxy(object, {
      get(t, property, receiver) {
        if (typeof property !== "string") return Reflect.get(t, property);
        if (path === "" && property === "target") return target;
        if (path === "" && property === "load") return (argument: unknown) => (load(argument), receiver);
        if (path === "" && property === "isNullObject" && spec.isNull) {
          if (!synced) throw propertyNotLoaded("isNullObject");
          return isNull;
        }
        const method = spec.methods?.[path + property];
        if (method) return method;
        const value = (t as unknown as Record<string, unknown>)[property];
        if (value instanceof OfficeMockObject) return wrap(value, `${path}${property}.`);
        if (typeof value === "string" && NOT_LOADED.includes(value)) throw propertyNotLoaded(path + property);
        if (value === undefined && path === "" && spec.properties?.[property]) throw propertyNotLoaded(property);
        return value;
      },
      set(t, property, value) {
        if (typeof property !== "string") return Reflect.set(t, property, value);
        const op = spec.onSet?.(path + property, value);
        const batch = queue.current();
        if (op) batch.ops.push(op);
        batch.requestBytes += JSON.stringify(value ?? null).length;
        (t as unknown as Record<string, unknown>)[property] = value;
        return true;
      },
    });
  }
}

/** A ClientResult (getCellProperties and the like): its value is computed at sync and readable after it. */
export function clientResult<T>(queue: Queue, info: OpInfo, compute: () => T): { readonly value: T } {
  let value: T | undefined;
  let ready = false;
  const batch = queue.current();
  batch.ops.push({
    info,
    apply: () => {
      value = compute();
      batch.responseBytes += JSON.stringify(value).length;
    },
  });
  batch.delivered.push(() => (ready = true));
  return {
    get value(): T {
      if (!ready) throw propertyNotLoaded("value");
      return value as T;
    },
  };
}

/** Applies a batch: operations in order (a failure stops it), then delivers what was loaded. */
export async function applyBatch(
  batch: Batch,
  check: { beforeOp(info: OpInfo): void; response(bytes: number, request: number): void }
): Promise<void> {
  for (const op of batch.ops) {
    check.beforeOp(op.info);
    op.apply();
  }
  check.response(batch.responseBytes, batch.requestBytes);
  for (const mock of batch.loaded) await mock.sync();
  // office-addin-mock updates parent properties in later microtasks; let them run.
  await new Promise((resolve) => setImmediate(resolve));
  batch.delivered.forEach((deliver) => deliver());
}
