/** Text of the chrome around every page. */
export interface SiteText {
	/** The site's name, as in the header and page titles. */
	name: string;
}
