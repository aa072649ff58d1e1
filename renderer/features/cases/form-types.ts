// Small shared pieces of the case form.
import type { Nation, Stage } from '../../../shared/domain/vocabulary';
export { DEFAULT_CASE_SETTINGS } from '../../../shared/domain/vocabulary';

export interface NationAndStage {
  stage: Stage;
  nation: Nation;
}
