import { faults, type AwsFault } from './faults';
import { nonXmlChar, toXml } from './xml';

/** The ElastiCache Query API's envelope (docs/reference/README.md, "The wire format"). */
export const API_VERSION = '2015-02-02';
const XMLNS = `http://elasticache.amazonaws.com/doc/${API_VERSION}/`;

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Typed access to a request's parameters, raising the service's faults on bad values. */
export class Params {
  constructor(private readonly form: URLSearchParams) {}

  get action(): string {
    return this.form.get('Action') ?? '';
  }

  string(name: string): string | undefined {
    const value = this.form.get(name);
    return value === null || value === '' ? undefined : value;
  }

  /** The value as sent, '' included; undefined when the parameter is absent. */
  raw(name: string): string | undefined {
    return this.form.get(name) ?? undefined;
  }

  required(name: string): string {
    const value = this.form.get(name);
    if (value === null) throw faults.missingParameter(name);
    return value;
  }

  boolean(name: string): boolean | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
    throw faults.invalidParameterValue(`Invalid boolean value for ${name}: ${value}`);
  }

  integer(name: string): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) throw faults.invalidParameterValue(`Invalid integer value for ${name}: ${value}`);
    return Number(value);
  }
}

/**
 * Form body for POST, query string for the equivalent GET form. A parameter given twice
 * is refused rather than read one way or the other; so is a character an XML answer
 * could not carry, since values are echoed in answers (and stored, then listed).
 */
export function parseRequest(method: string, url: string, body: string): Params {
  const form = method.toUpperCase() === 'GET' ? new URL(url, 'http://localhost').searchParams : new URLSearchParams(body);
  const seen = new Set<string>();
  for (const [name, value] of form) {
    const badInName = nonXmlChar(name);
    if (badInName) throw faults.invalidParameterValue(`A parameter name holds a character XML does not allow (${badInName}).`);
    const bad = nonXmlChar(value);
    if (bad) throw faults.invalidParameterValue(`The parameter ${name} holds a character XML does not allow (${bad}).`);
    if (seen.has(name)) throw faults.invalidParameterValue(`The parameter ${name} is given more than once.`);
    seen.add(name);
  }
  return new Params(form);
}

export function successResponse(action: string, result: object, requestId: string): WireResponse {
  const inner = Object.entries(result)
    .map(([k, v]) => toXml(k, v))
    .join('');
  return xml(
    200,
    requestId,
    `<${action}Response xmlns="${XMLNS}"><${action}Result>${inner}</${action}Result>` +
      `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`,
  );
}

export function errorResponse(fault: AwsFault, requestId: string): WireResponse {
  const type = fault.status >= 500 ? 'Receiver' : 'Sender';
  return xml(
    fault.status,
    requestId,
    `<ErrorResponse xmlns="${XMLNS}"><Error><Type>${type}</Type>${toXml('Code', fault.code)}${toXml('Message', fault.message)}</Error>` +
      `<RequestId>${requestId}</RequestId></ErrorResponse>`,
  );
}

function xml(status: number, requestId: string, body: string): WireResponse {
  return { status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}
