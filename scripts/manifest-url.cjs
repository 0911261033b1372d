// The one place that knows how the manifest's development address becomes the
// production one. Used by webpack.config.js (copying manifest.xml into dist/) and by
// test/manifest/manifest.test.ts (when dist/ has not been built).
'use strict';

/** The address every URL in manifest.xml starts with during development. */
const DEV_URL = 'https://localhost:3000/';

/**
 * The public address of the deployed pane: env ADDIN_PUBLIC_URL (with a trailing slash
 * added when missing), or the development address when it is not set.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
function publicUrl(env = process.env) {
  const value = (env.ADDIN_PUBLIC_URL || '').trim();
  if (!value) return DEV_URL;
  if (!/^https:\/\//i.test(value)) {
    throw new Error(`ADDIN_PUBLIC_URL must be an https:// address (Office loads add-ins over https only), got "${value}"`);
  }
  return value.endsWith('/') ? value : `${value}/`;
}

/**
 * Replaces every occurrence of the development address in the manifest text.
 * @param {string} xml
 * @param {string} url
 * @returns {string}
 */
function rewriteManifest(xml, url) {
  return xml.split(DEV_URL).join(url);
}

module.exports = { DEV_URL, publicUrl, rewriteManifest };
