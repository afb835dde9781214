import { describe, expect, it } from 'vitest';
import { researchSettings } from './research-settings';

describe('researchSettings', () => {
	it('defaults to 5 an hour and 60 seconds, and takes whole numbers from the environment', () => {
		expect(researchSettings({})).toEqual({ maxPerHour: 5, minSeconds: 60 });
		expect(researchSettings({ RESEARCH_MAX_PER_HOUR: '12', RESEARCH_MIN_SECONDS: '0' })).toEqual({
			maxPerHour: 12,
			minSeconds: 0
		});
		expect(researchSettings({ RESEARCH_MAX_PER_HOUR: 'lots', RESEARCH_MIN_SECONDS: '-3' })).toEqual(
			{
				maxPerHour: 5,
				minSeconds: 60
			}
		);
	});
});
