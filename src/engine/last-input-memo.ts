// One-entry memo of a pure stage computation keyed on its whole input (compared by value): neighbouring sweep rows often differ only in inputs a stage does not read.

/**
 * Plain-data equality of two stage inputs: numbers by Object.is (0 and −0, NaN exact), arrays element by element, plain
 * objects key by key (same own keys; key order ignored), anything else (functions, class instances, maps) by identity.
 */
export function sameInput(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameInput(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let n = 0;
  for (const k in ra) {
    if (!Object.prototype.hasOwnProperty.call(rb, k) || !sameInput(ra[k], rb[k])) return false;
    n++;
  }
  for (const _k in rb) n--;
  return n === 0;
}

function isPlain(x: object): boolean {
  const p = Object.getPrototypeOf(x);
  return p === Object.prototype || p === null;
}

/**
 * The last input and its result: `get(input, compute)` returns the stored result when `input` equals the last one
 * (sameInput), else computes, stores and returns it. Only for pure computations whose every input is in `input`, and
 * whose result nobody mutates (it is handed out again).
 */
export class LastInputMemo<I, O> {
  private input: I | undefined;
  private output: O | undefined;
  private has = false;

  /** `same`: the equality of two inputs (default sameInput; a field-by-field one is faster, see memo-keys.ts). */
  constructor(private readonly same: (a: I, b: I) => boolean = sameInput) {}

  get(input: I, compute: (input: I) => O): O {
    if (this.has && this.same(this.input as I, input)) return this.output as O;
    const output = compute(input);
    this.input = input;
    this.output = output;
    this.has = true;
    return output;
  }
}

/** One memo per slot (a payload's index in the formulation), made on first use. */
export class SlotMemos<I, O> {
  private slots: LastInputMemo<I, O>[] = [];

  constructor(private readonly same: (a: I, b: I) => boolean = sameInput) {}

  get(slot: number, input: I, compute: (input: I) => O): O {
    let m = this.slots[slot];
    if (!m) m = this.slots[slot] = new LastInputMemo<I, O>(this.same);
    return m.get(input, compute);
  }
}
