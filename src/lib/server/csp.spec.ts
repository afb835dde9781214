import { describe, expect, it } from 'vitest';
import { allowScript } from './csp';

describe('allowScript', () => {
	it('adds the source, quoted, to script-src and leaves the other directives as they were', () => {
		expect(
			allowScript(
				"default-src 'self'; script-src 'self'; style-src 'self' 'nonce-abc'",
				'sha256-xyz='
			)
		).toBe("default-src 'self'; script-src 'self' 'sha256-xyz='; style-src 'self' 'nonce-abc'");
	});

	it('does not mistake script-src-elem for script-src', () => {
		expect(allowScript("script-src-elem 'self'; script-src 'none'", 'sha256-a')).toBe(
			"script-src-elem 'self'; script-src 'none' 'sha256-a'"
		);
	});

	it('without script-src, adds one that keeps what default-src allows', () => {
		expect(allowScript("default-src 'self'; img-src 'self'", 'sha256-a')).toBe(
			"default-src 'self'; img-src 'self'; script-src 'self' 'sha256-a'"
		);
	});

	it('leaves a policy that does not restrict scripts alone', () => {
		expect(allowScript("frame-ancestors 'none'", 'sha256-a')).toBe("frame-ancestors 'none'");
	});
});
