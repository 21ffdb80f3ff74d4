/** Version of the analyzer; stored with every analysis so a changed analyzer triggers re-analysis. Bump on any change to results. */
export const ANALYZER_VERSION = 'whosaid-0.1.7';
