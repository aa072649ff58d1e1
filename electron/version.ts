// The app's version, kept in step with package.json by hand when releasing.
export const APP_VERSION = '0.1.0';
