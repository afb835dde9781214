import type { QuizText } from '$lib/content/quiz-types';
import type { ResultView } from '$lib/quiz/result-view';
import { answerName } from '$lib/content/question-words';

/** The one summary sentence, from the view model's decisions, in the page's language. */
export function summaryText(t: QuizText, view: ResultView): string {
	if (!view.overall) return '';
	const names = (ids: readonly (keyof QuizText['dimensions'])[]) =>
		ids.map((id) => t.dimensions[id].name);
	const lined = view.straightLining;
	return t.result.summary({
		kind: view.summary.kind,
		score: view.overall.score,
		band: view.overall.band,
		roles: t.roles,
		higher: names(view.summary.higher),
		lower: names(view.summary.lower),
		straightLining: lined && {
			answer: answerName(t, view.format, lined.answer),
			count: lined.count,
			of: lined.of
		}
	});
}
