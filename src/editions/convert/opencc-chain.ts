/**
 * OpenCC's dictionaries as this project's chain uses them, imported once: the CJK compatibility
 * normalisation, the Simplified → Traditional stage (phrases, phrases generated from the regional
 * tables, characters) and each Traditional edition's later stages. The converter
 * (convert-text.ts) runs them; the edition check (check/edition-check.ts) reads them to know which
 * characters only Simplified writes. Build time.
 */
import CJKCompat from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import STPhrases from 'opencc-js/dict/STPhrases';
import STGenerated from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariants from 'opencc-js/dict/HKVariants';
import type { TraditionalEdition } from './glossary-schema.ts';

/** An OpenCC dictionary: its packed text ("key value|key value") or pairs. */
export type Dict = string | [string, string][];

/** The CJK compatibility ideographs and their unified forms. */
export const COMPATIBILITY: Dict = CJKCompat;

/** The Simplified → Traditional stage: phrases, generated regional phrases, characters. */
export const SIMPLIFIED_TO_TRADITIONAL = {
  phrases: STPhrases,
  generated: STGenerated,
  characters: STCharacters,
} as const;

/** OpenCC's own chains after the first (Simplified → Traditional) stage, per edition. */
export const LATER_STAGES: Record<TraditionalEdition, Dict[][]> = {
  'zh-tw': [[TWPhrases, TWVariantsPhrases, TWVariants]],
  'zh-hk': [[HKVariantsPhrases, HKVariants]],
};
