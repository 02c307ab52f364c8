/**
 * The marks a figure carries in running text, in one place so the components, the checks
 * and the tests agree.
 */

/** After a figure no primary source confirms: visible, short. */
export const UNVERIFIED_MARK = '（未证实）';

/** After a figure a source article got wrong: a quiet sign linking to the correction. */
export const CORRECTION_SIGN = '※';
