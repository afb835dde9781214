import type { ComparePageText } from '$lib/content/compare-types';

/** What a person is called on the page: the name typed for them, else “Person 2” by their place. */
export function labelOf(t: ComparePageText, entry: { position: number; name: string }): string {
	return entry.name || t.person(entry.position);
}

/** Each compared person's label by position, for charts and sentences that name several. */
export function labelsByPosition(
	t: ComparePageText,
	people: readonly { position: number; name: string }[]
): Map<number, string> {
	return new Map(people.map((p) => [p.position, labelOf(t, p)]));
}
