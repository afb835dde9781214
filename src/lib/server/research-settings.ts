/**
 * The research data's limits, from the environment (README, “Research data”):
 * RESEARCH_MAX_PER_HOUR submissions per client and hour (default 5), and RESEARCH_MIN_SECONDS,
 * the fewest seconds in which a quiz can have been read (default 60; 0 turns the check off).
 */
export interface ResearchSettings {
	maxPerHour: number;
	minSeconds: number;
}

export const DEFAULT_SETTINGS: ResearchSettings = { maxPerHour: 5, minSeconds: 60 };

export function researchSettings(
	env: Record<string, string | undefined> = process.env
): ResearchSettings {
	return {
		maxPerHour: wholeNumber(env.RESEARCH_MAX_PER_HOUR, DEFAULT_SETTINGS.maxPerHour),
		minSeconds: wholeNumber(env.RESEARCH_MIN_SECONDS, DEFAULT_SETTINGS.minSeconds)
	};
}

function wholeNumber(setting: string | undefined, fallback: number): number {
	if (setting === undefined || setting.trim() === '') return fallback;
	const value = Number(setting);
	return Number.isInteger(value) && value >= 0 ? value : fallback;
}
