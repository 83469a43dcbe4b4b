import { bilingualLexicon } from './bilingual-lexicon';
import { segmenter } from './segmenter';

/**
 * Loads the segmenter and builds the bilingual lexicon now rather than on the
 * first call (about 2 s), e.g. when a worker starts.
 */
export function warmUpText(): void {
  segmenter();
  bilingualLexicon();
}
