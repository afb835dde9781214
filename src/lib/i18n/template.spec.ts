import { expect, test } from 'vitest';
import { parseTemplate, placeholdersOf } from './template';

test('a template splits into text and named slots, in the language’s own order', () => {
	expect(parseTemplate('Grundlage ist „{title}“ aus dem Blog {blog}.')).toEqual([
		{ text: 'Grundlage ist „' },
		{ slot: 'title' },
		{ text: '“ aus dem Blog ' },
		{ slot: 'blog' },
		{ text: '.' }
	]);
	expect(parseTemplate('{blog}{title}')).toEqual([{ slot: 'blog' }, { slot: 'title' }]);
});

test('braces that name no slot stay text', () => {
	expect(parseTemplate('No {1} or { spaced } slots')).toEqual([
		{ text: 'No {1} or { spaced } slots' }
	]);
	expect(parseTemplate('')).toEqual([]);
});

test('placeholdersOf lists the slots, sorted, repeats included', () => {
	expect(placeholdersOf('“{title}” on the blog {blog}, {title}')).toEqual([
		'blog',
		'title',
		'title'
	]);
});
