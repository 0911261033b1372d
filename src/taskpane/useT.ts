/** The pane's words: every visible text comes from the `ui` namespace in the chosen language. */
import { createContext, useCallback, useContext } from 'react';
import { t, type Lang, type MessageKey, type Params } from '../i18n';

export const LangContext = createContext<Lang>('id');

export type Translate = (key: MessageKey, params?: Params) => string;

export function useT(): Translate {
  const lang = useContext(LangContext);
  return useCallback((key, params) => t(lang, key, params), [lang]);
}

export function useLang(): Lang {
  return useContext(LangContext);
}
