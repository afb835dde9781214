/**
 * How every cookie of this site is set: sent only to this site and read by no script, sent on
 * links from other sites (Lax) but not on their form posts, and over HTTPS never in the clear.
 * Without `keepDays` it is the set of options that deletes one.
 */
export function cookieOptions(secure: boolean, keepDays?: number) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		...(keepDays === undefined ? {} : { maxAge: keepDays * SECONDS_PER_DAY })
	} as const;
}

const SECONDS_PER_DAY = 24 * 60 * 60;
