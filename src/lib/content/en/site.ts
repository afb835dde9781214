import type { SiteText } from '../site-types';

export const site: SiteText = {
	name: 'Programmer or software engineer?'
};
