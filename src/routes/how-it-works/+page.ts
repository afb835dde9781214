// The method page is the same for everyone, so it is built once, at build time.
export const prerender = true;
