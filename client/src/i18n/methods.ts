import { useI18n } from './index';
import { daMethodsPages } from './methods-pages-da';
import { enMethodsPages } from './methods-pages-en';

export type MethodsText = typeof daMethodsPages;

/** The methods-in-practice texts in the interface language (only the pages that show them load these). */
export function useMethodsText() {
  const { locale } = useI18n();
  return () => (locale() === 'da' ? daMethodsPages : enMethodsPages);
}
