export const E2E_ENDPOINTS: { name: 'moto' | 'emulator-service'; port: number; endpointPort: number; endpoint: string }[];
