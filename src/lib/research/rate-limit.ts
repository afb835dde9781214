/**
 * At most `max` submissions per client in any clock hour, counted in this process's memory
 * only: the key (the connection's address) is never written anywhere and is forgotten when its
 * hour is over. With several processes, each counts its own.
 */
export class HourlyLimit {
	readonly #max: number;
	readonly #now: () => number;
	readonly #counts = new Map<string, { hour: number; count: number }>();

	constructor(max: number, now: () => number = Date.now) {
		this.#max = max;
		this.#now = now;
	}

	/** Counts one submission for `key`; false (and not counted) once its hour's limit is reached. */
	take(key: string): boolean {
		const hour = Math.floor(this.#now() / 3_600_000);
		if (this.#counts.size > 10_000) this.#forgetBefore(hour);
		const entry = this.#counts.get(key);
		if (!entry || entry.hour !== hour) {
			if (this.#max < 1) return false;
			this.#counts.set(key, { hour, count: 1 });
			return true;
		}
		if (entry.count >= this.#max) return false;
		entry.count++;
		return true;
	}

	#forgetBefore(hour: number) {
		for (const [key, entry] of this.#counts) if (entry.hour !== hour) this.#counts.delete(key);
	}
}
