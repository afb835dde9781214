import type { Content } from '../types';
import { quiz } from './quiz';
import { site } from './site';

export const fr: Content = { site, quiz };
