import type { Content } from '../types';
import { compare } from './compare';
import { history } from './history';
import { quiz } from './quiz';
import { research } from './research';
import { site } from './site';

export const de: Content = { site, quiz, compare, history, research };
