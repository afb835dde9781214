import { placeholdersOf } from '$lib/i18n/template';

/**
 * Compares one language's text with the English reference, key by key. TypeScript already
 * refuses a missing or extra key at build time; this also sees what types cannot: parts still
 * borrowed from English (the very same object), strings left in English,
 * dropped `{placeholders}` and arrays of another length. Pure, so a test and
 * `npm run i18n:missing` share it.
 */
export interface ContentAudit {
	/** Keys English has and this language lacks (or has as another kind of value). */
	missing: string[];
	/** Keys this language has and English does not. */
	extra: string[];
	/** Parts that are still the English object itself, awaiting translation. */
	pending: string[];
	/** Every key inside the pending parts, for the to-do list. */
	pendingKeys: string[];
	/** Strings identical to the English: sometimes right ("Quiz"), usually forgotten. */
	sameAsEnglish: string[];
	/** Strings whose `{placeholders}` differ from the English one's. */
	placeholders: string[];
}

type Value = unknown;
type Probe = (...args: unknown[]) => unknown;

/**
 * Whether a message function says the same as the English one for the same arguments: a
 * function copied from English and never translated. Called with 2 for every parameter, a
 * number that needs a plural in every language; a function that cannot take that is skipped.
 */
function sameOutput(english: Probe, other: Probe): boolean {
	try {
		const args = Array.from({ length: Math.max(english.length, other.length) }, () => 2);
		const [a, b] = [english(...args), other(...args)];
		return typeof a === 'string' && a === b;
	} catch {
		return false;
	}
}

function kindOf(value: Value): string {
	if (Array.isArray(value)) return 'array';
	if (value === null) return 'null';
	return typeof value;
}

function join(path: string, key: string | number): string {
	if (typeof key === 'number') return `${path}[${key}]`;
	return path ? `${path}.${key}` : key;
}

/** Every leaf below `value` (string, function, number…) with its dotted path. */
export function leaves(value: Value, path = ''): [string, Value][] {
	if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, join(path, i)));
	if (kindOf(value) === 'object') {
		return Object.entries(value as object).flatMap(([key, item]) => leaves(item, join(path, key)));
	}
	return [[path, value]];
}

/** The dotted paths of every leaf below `value`. */
export function leafKeys(value: Value, path = ''): string[] {
	return leaves(value, path).map(([key]) => key);
}

export function auditContent(reference: Value, candidate: Value): ContentAudit {
	const audit: ContentAudit = {
		missing: [],
		extra: [],
		pending: [],
		pendingKeys: [],
		sameAsEnglish: [],
		placeholders: []
	};
	walk(reference, candidate, '', audit);
	return audit;
}

function walk(reference: Value, candidate: Value, path: string, audit: ContentAudit): void {
	const kind = kindOf(reference);
	if (kind !== kindOf(candidate)) {
		audit.missing.push(path);
		return;
	}
	if ((kind === 'object' || kind === 'array' || kind === 'function') && reference === candidate) {
		audit.pending.push(path);
		audit.pendingKeys.push(...leafKeys(reference, path));
		return;
	}
	if (kind === 'function') {
		if (sameOutput(reference as Probe, candidate as Probe)) audit.sameAsEnglish.push(path);
		return;
	}
	if (kind === 'string') {
		const [en, other] = [reference as string, candidate as string];
		if (en === other) audit.sameAsEnglish.push(path);
		if (placeholdersOf(en).join() !== placeholdersOf(other).join()) audit.placeholders.push(path);
		return;
	}
	if (kind === 'array') {
		const [en, other] = [reference as Value[], candidate as Value[]];
		en.forEach((item, i) => {
			if (i < other.length) walk(item, other[i], join(path, i), audit);
			else audit.missing.push(join(path, i));
		});
		for (let i = en.length; i < other.length; i++) audit.extra.push(join(path, i));
		return;
	}
	if (kind === 'object') {
		const [en, other] = [reference as Record<string, Value>, candidate as Record<string, Value>];
		for (const key of Object.keys(en)) {
			if (key in other) walk(en[key], other[key], join(path, key), audit);
			else audit.missing.push(join(path, key));
		}
		for (const key of Object.keys(other)) if (!(key in en)) audit.extra.push(join(path, key));
	}
}
