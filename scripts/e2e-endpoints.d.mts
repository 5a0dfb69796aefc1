export const E2E_ENDPOINTS: {
  name: 'moto' | 'emulator-service' | 'aws-proxy';
  port: number;
  endpointPort: number;
  /** Behind the AWS proxy: moto_server's own port. */
  servicePort?: number;
  endpoint: string;
  service: string;
  buildEnv: Record<string, string>;
}[];
