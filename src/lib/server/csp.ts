/**
 * Adds a source (say `sha256-…`) to a Content-Security-Policy's `script-src`, quoted. SvelteKit
 * writes the policy from svelte.config.js; the one script we inline ourselves must be named in it
 * too, and only on the pages that carry it.
 */
export function allowScript(policy: string, source: string): string {
	const directives = policy.split(';').map((directive) => directive.trim());
	const named = (name: string) =>
		directives.findIndex((directive) => directive.split(/\s+/)[0] === name);
	const scriptSrc = named('script-src');
	if (scriptSrc !== -1) {
		directives[scriptSrc] += ` '${source}'`;
	} else {
		// Without script-src, default-src governs scripts: keep what it allows, and add the source.
		const defaultSrc = named('default-src');
		if (defaultSrc === -1) return policy;
		const allowed = directives[defaultSrc]!.replace(/^default-src/, '');
		directives.push(`script-src${allowed} '${source}'`);
	}
	return directives.join('; ');
}
