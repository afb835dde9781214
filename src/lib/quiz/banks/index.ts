import type { Bank } from './types';
import { V1_BANK } from './v1';
import { V2_BANK } from './v2';
import { V3_BANK, type V3QuestionId } from './v3';

export type {
	Bank,
	BankFormat,
	CurrentQuestionId,
	FrequencyQuestionId,
	Question,
	QuestionId,
	TwoEndedQuestionId
} from './types';

/** Every bank ever served, by version. Keep them all: each one's links must keep working. */
export const BANKS: Readonly<Record<number, Bank>> = { 1: V1_BANK, 2: V2_BANK, 3: V3_BANK };

/** The bank new quizzes are taken with. */
export const CURRENT_BANK: Bank<V3QuestionId> = V3_BANK;
export const CURRENT_VERSION = CURRENT_BANK.version;

export function bankFor(version: number): Bank | undefined {
	return Object.hasOwn(BANKS, version) ? BANKS[version] : undefined;
}

/** The 1-based step of a question in the current bank, as in /quiz/N. */
export function stepOf(questionId: string, bank: Bank): number {
	return bank.questions.findIndex((q) => q.id === questionId) + 1;
}
