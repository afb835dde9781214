import { quizPendingTranslation } from '../pending';
import type { Content } from '../types';
import { compare } from './compare';
import { site } from './site';

// TODO(translation): write ./quiz.ts (copy ../en/quiz.ts and translate it), then use
// `import { quiz } from './quiz'` here instead of the English stand-in.
export const es: Content = { site, quiz: quizPendingTranslation, compare };
