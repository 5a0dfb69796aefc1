import type { IncomingHttpHeaders } from 'node:http';
import { AwsFault } from '../engine/faults';
import { REGION } from '../engine/records';

/**
 * The emulator service is ElastiCache's endpoint in the emulator's Region (REGION, whose ARNs and
 * zones it answers with). As a regional endpoint does, it refuses a request signed for another
 * Region, rather than answer another Region's question with this one's caches: Query-protocol
 * services answer 403 SignatureDoesNotMatch, "Credential should be scoped to a valid region, not
 * 'eu-west-1'. " (aws/aws-sdk-java#1097, cognitect-labs/aws-api#27), and one signed for another service
 * "Credential should be scoped to correct service: 'elasticache'. ". Unsigned requests (curl) pass.
 */
export function scopeFault(headers: IncomingHttpHeaders, url: string): AwsFault | undefined {
  const credential = /Credential=([^,\s]+)/.exec(headers.authorization ?? '')?.[1] ?? new URL(url, 'http://localhost').searchParams.get('X-Amz-Credential') ?? undefined;
  // AKID/date/region/service/aws4_request
  const [, , region, service] = credential?.split('/') ?? [];
  if (region !== undefined && region !== REGION) return new AwsFault('SignatureDoesNotMatch', `Credential should be scoped to a valid region, not '${region}'. `, 403);
  if (service !== undefined && service !== 'elasticache') return new AwsFault('SignatureDoesNotMatch', "Credential should be scoped to correct service: 'elasticache'. ", 403);
  return undefined;
}
