/** The longest place text (a name or a postal code) the place search, the forms and the URLs take. */
export const PLACE_QUERY_MAX_LENGTH = 100;
