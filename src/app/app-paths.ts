// The portal's pages by path. Kept apart from the pages themselves so the router and links
// can name a page without loading it.
export const STAFF_WIZARD_PATH = '/';
export const SIGN_IN_PATH = '/sign-in';
export const SIGNUP_PATH = '/signup';
