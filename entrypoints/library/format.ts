import { formatNumber } from '@/lib/i18n';

/** Bytes for people, in the interface's locale: "0 kB", "12 kB", "3.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) {
    return formatNumber(bytes === 0 ? 0 : Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte' });
  }
  return formatNumber(bytes / 1024 / 1024, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
}
