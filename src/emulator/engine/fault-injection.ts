/**
 * Failures the emulator can be told to produce, to show how a client copes (README,
 * "Fault injection"). The engine decides; the transport (msw, HTTP server) acts them out.
 */
export type FaultKind = 'http-500' | 'throttling' | 'drop' | 'slow';

export interface FaultRule {
  kind: FaultKind;
  /** The Action it applies to, e.g. `CreateSnapshot`; every action when omitted. */
  action?: string;
  /**
   * For `http-500` and `drop`: carry the request out first, then fail, as when an answer
   * is lost on the way back. Without it the request changes nothing.
   */
  afterProcessing?: boolean;
  /** How many matching requests fail; every one when omitted. */
  times?: number;
  /** For `slow`: how long the answer takes (default 10 s). */
  delayMs?: number;
}

/** What the transport must do with a response. */
export interface Delivery {
  drop?: boolean;
  delayMs?: number;
}

export interface FaultPlan {
  /** The rule that applies to this request, consuming one of its `times`. */
  take(action: string): FaultRule | undefined;
}

export function faultPlan(rules: readonly FaultRule[] = []): FaultPlan {
  const left = rules.map((r) => r.times ?? Infinity);
  return {
    take(action) {
      const i = rules.findIndex((r, n) => (r.action === undefined || r.action === action) && (left[n] ?? 0) > 0);
      if (i === -1) return undefined;
      left[i] = (left[i] ?? 0) - 1;
      return rules[i];
    },
  };
}
