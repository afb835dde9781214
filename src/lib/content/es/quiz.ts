import type { QuizText } from '../quiz-types';
import kit from './kit';
import {
	bands,
	dimensions,
	distinctions,
	habits,
	pairs,
	questions,
	roleLabels,
	roles,
	scale
} from './quiz-bank';
import { methodology } from './quiz-method';
import { landing, links, step } from './quiz-pages';
import { result } from './quiz-result';

const { format } = kit;

export const quiz: QuizText = {
	start: 'Empezar el test',
	roles,
	roleLabels,
	bands,
	scale,
	distinctions,
	dimensions,
	questions,
	habits,
	pairs,
	format,
	landing,
	step,
	result,
	links,
	methodology
};
