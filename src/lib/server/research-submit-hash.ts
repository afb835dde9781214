import { createHash } from 'node:crypto';

/** A deletion link's secret as stored: its SHA-256, in hex. The secret itself is never kept. */
export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}
