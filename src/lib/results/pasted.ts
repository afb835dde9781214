/** Punctuation that sticks to a link pasted at the end of a sentence: `…/result/2-abc).` */
const TRAILING_PUNCTUATION = /[.,;:!?)\]'"”’]+$/;

export function withoutTrailingPunctuation(text: string): string {
	return text.replace(TRAILING_PUNCTUATION, '');
}
