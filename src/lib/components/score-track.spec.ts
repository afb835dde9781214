import { describe, expect, it } from 'vitest';
import { scoreTrack } from './score-track';

describe('scoreTrack', () => {
	it('places scores across the whole drawing, the middle band from 40 to 60', () => {
		const track = scoreTrack(0, 100);
		expect([track.at(0), track.at(50), track.at(100)]).toEqual(['0%', '50%', '100%']);
		expect(track.middle).toEqual({ x: '40%', width: '20%' });
	});

	it('keeps a margin at each end of a narrower line', () => {
		const track = scoreTrack(3, 94);
		expect([track.at(0), track.at(100)]).toEqual(['3%', '97%']);
		expect(track.middle).toEqual({ x: '40.6%', width: '18.8%' });
	});
});
