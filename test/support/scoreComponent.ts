/** Test helper: one component's score, code and params for a pair, rendered in both languages. Test-only. */
import type { ComponentName } from '../../src/domain/rules/policy';
import { renderBoth } from './renderCheck';
import type { ComponentScore } from '../../src/domain/scoring/componentScore';
import { fitComponents } from '../../src/domain/scoring/fit';
import type { ScoringContext } from '../../src/domain/scoring/scoringContext';

/** The named component of a pair; throws when its message is missing in either language. */
export function component(ctx: ScoringContext, name: ComponentName, e: number, p: number): ComponentScore {
  const found = fitComponents(ctx, e, p).find((c) => c.name === name);
  if (found === undefined) throw new Error(`no component ${name}`);
  renderBoth('scoring', found.code, found.params);
  return found;
}
