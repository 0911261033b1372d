/** The document-settings key under which the pane keeps the policy and the mapping corrections (no personal data). */
export const SETTINGS_KEY = 'rencanaMutasi.policy';
