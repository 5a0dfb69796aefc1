/**
 * Stands in for `tldts` (the public suffix list, 250 KB of the emulator's code) inside
 * msw's cookie store, in browser builds only (vite.config.ts). The registrable domain is
 * taken as the last two labels, the host itself for one label or an IP address. Cookie
 * scoping is all the list is used for there, and the emulator sets no cookies.
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return null;
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host;
  return host.split('.').slice(-2).join('.');
}
