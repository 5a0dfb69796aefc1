import { config } from '../config';
import { reportedBackups } from './own-backup';

/**
 * Puts the emulator back to its starting dataset. The path is moto's
 * (`POST /moto-api/reset`), which the emulator answers too.
 */
export async function resetDemoData(): Promise<void> {
  const response = await fetch(`${config.endpoint.replace(/\/+$/, '')}/moto-api/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`The emulator answered HTTP ${response.status}.`);
  reportedBackups.clear();
}
