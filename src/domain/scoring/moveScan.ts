/**
 * The candidate scan's scorer: {@link moveValueAndFit} for one employee against many
 * positions, with what depends on the employee alone worked out once (the performance
 * score for ordinary and demanding posts, the rotation score, the competencies held as a
 * lookup table, the Pilihan each post answers) and what depends on a few employee attributes
 * and the post remembered per post: the education-field score per study-field profile and
 * the golongan score per rank.
 * The figures are the same as `moveValueAndFit`'s, pair by pair (moveScan.test.ts checks it).
 */
import { scoreOf } from './componentScore';
import { CHOICE_SCORE } from './components/aspiration';
import { educationFieldEval } from './components/educationField';
import { golonganFitEval } from './components/golonganFit';
import { performanceEval } from './components/performance';
import { rotationDueMoveEval } from './components/rotationDue';
import { unitNeedEval } from './components/unitNeed';
import type { ScoringContext } from './scoringContext';

export interface MoveScan {
  /** Scores moves of employee `e` from now on. */
  setEmployee(e: number): void;
  /** `out[0]` the value of moving the current employee into `p` (not the current post), `out[1]` the fit 0-100. */
  valueAndFit(p: number, out: Float64Array): void;
  /** `out[0]` of {@link valueAndFit} alone; the fit of that post is then {@link lastFit}. */
  value(p: number): number;
  /** `out[1]` of {@link valueAndFit} for the post last passed to {@link value}. */
  lastFit(): number;
  /**
   * {@link value} of every post of `posts` (none the current post) into `values`, in one pass
   * over typed arrays; the fit of `posts[k]` is then {@link fitAt}(k).
   */
  valuesOf(posts: Int32Array, values: Float64Array): void;
  /** `out[1]` of {@link valueAndFit} for `posts[k]` of the last {@link valuesOf}. */
  fitAt(k: number): number;
}

const NO_WISHES = new Float64Array(3);

/** Education-field scores remembered per profile, at most this many in all (2 bytes each). */
const MAX_REMEMBERED_SCORES = 1 << 24;

/**
 * A scorer of moves over one scoring context.
 *
 * @example
 * const scan = moveScan(ctx);
 * scan.setEmployee(e);
 * scan.valueAndFit(p, out); // out[0] === pairValue(ctx, e, p), out[1] === fitPercent(ctx, e, p)
 */
export function moveScan(ctx: ScoringContext): MoveScan {
  const w = ctx.policy.scoring.weights;
  const fitTotal = w.educationField + w.competency + w.performance + w.golonganFit;
  const nP = ctx.positionCompetencies.length;
  let maxId = -1;
  for (const ids of [...ctx.employeeCompetencies, ...ctx.positionCompetencies])
    for (let i = 0; i < ids.length; i++) maxId = Math.max(maxId, ids[i]!);
  const holds = new Uint8Array(maxId + 1);
  // The competencies each post requires, CSR: those of p are requiredIds[requiredStart[p] .. requiredStart[p+1]).
  const requiredStart = new Int32Array(nP + 1);
  for (let p = 0; p < nP; p++) requiredStart[p + 1] = requiredStart[p]! + ctx.positionCompetencies[p]!.length;
  const requiredIds = new Int32Array(requiredStart[nP]!);
  for (let p = 0; p < nP; p++) requiredIds.set(ctx.positionCompetencies[p]!, requiredStart[p]!);
  // educationFieldEval reads the employee only through these four figures, golonganFitEval only through the rank.
  const educationRows = new Map<string, Int16Array | null>();
  let remembered = 0;
  const golonganRows = new Map<number, Int16Array>();
  let education: Int16Array | null = null;
  let golongan: Int16Array = new Int16Array(0);
  let held: Int32Array = new Int32Array(0);
  let e = -1;
  let performancePlain = 0;
  let performanceDemanding = 0;
  let moveCost = 0;
  let asks = false;
  let rotation = 0;
  // The first post of each kind, to evaluate the employee's performance score once per kind.
  const plainPost = ctx.positionDemanding.indexOf(0);
  const demandingPost = ctx.positionDemanding.indexOf(1);
  const places = postsOfPlaces(ctx);
  // The Pilihan naming each post for the current employee (-1: none), and the posts so marked.
  const choiceOf = new Int8Array(nP).fill(-1);
  let chosen: number[] = [];
  let fitSum = 0;

  /** As competencyEval's score, with the employee's competencies in `holds`. */
  const competency = (p: number): number => {
    const from = requiredStart[p]!;
    const to = requiredStart[p + 1]!;
    if (from === to) return 50;
    let matched = 0;
    for (let i = from; i < to; i++) matched += holds[requiredIds[i]!]!;
    return Math.round((100 * matched) / (to - from));
  };

  /** Marks the posts employee `e`'s Pilihan 1-3 name, the first Pilihan naming a post winning. */
  const markChoices = (): void => {
    for (const p of chosen) choiceOf[p] = -1;
    chosen = [];
    for (let k = 0; k < 3; k++) {
      const place = ctx.employeePilihan[3 * e + k] ?? -1;
      if (place < 0 || place >= places.start.length - 1) continue;
      for (let i = places.start[place]!; i < places.start[place + 1]!; i++) {
        const p = places.posts[i]!;
        if (choiceOf[p]! >= 0) continue;
        choiceOf[p] = k;
        chosen.push(p);
      }
    }
  };

  // Read once: the scan runs for tens of millions of pairs.
  const { educationField: wEducation, competency: wCompetency, performance: wPerformance, golonganFit: wGolongan } = w;
  const { aspiration: wAspiration, unitNeed: wUnitNeed } = w;
  const demanding = ctx.positionDemanding;
  // The weighted score of naming a post as Pilihan 1-3.
  const wishScores = Float64Array.from(CHOICE_SCORE, (score) => wAspiration * score);
  const value = (p: number): number => {
    let educationScore = education === null ? -1 : education[p]!;
    if (educationScore < 0) {
      educationScore = scoreOf(educationFieldEval(ctx, e, p));
      if (education !== null) education[p] = educationScore;
    }
    fitSum =
      wEducation * educationScore +
      wCompetency * competency(p) +
      wPerformance * (demanding[p] === 1 ? performanceDemanding : performancePlain) +
      wGolongan * golongan[p]!;
    const k = choiceOf[p]!;
    const reasons =
      (wAspiration === 0 || !asks || k < 0 ? 0 : wAspiration * CHOICE_SCORE[k]!) +
      (wUnitNeed === 0 ? 0 : wUnitNeed * scoreOf(unitNeedEval(ctx, e, p))) +
      rotation;
    return fitSum + reasons - moveCost;
  };
  const lastFit = (): number => (fitTotal > 0 ? Math.round(fitSum / fitTotal) : 0);

  // The fit sums of the last valuesOf, by index into its posts.
  let fitSums = new Float64Array(0);
  /** `value` over a list of posts: the same figures, with the per-call state read once. */
  const valuesOf = (posts: Int32Array, values: Float64Array): void => {
    const n = posts.length;
    if (fitSums.length < n) fitSums = new Float64Array(Math.max(n, 2 * fitSums.length));
    const sums = fitSums;
    const row = education;
    const ranked = golongan;
    const plain = wPerformance * performancePlain;
    const strong = wPerformance * performanceDemanding;
    const wishes = wAspiration === 0 || !asks ? NO_WISHES : wishScores;
    for (let k = 0; k < n; k++) {
      const p = posts[k]!;
      let educationScore = row === null ? -1 : row[p]!;
      if (educationScore < 0) {
        educationScore = scoreOf(educationFieldEval(ctx, e, p));
        if (row !== null) row[p] = educationScore;
      }
      const from = requiredStart[p]!;
      const to = requiredStart[p + 1]!;
      let competencyScore = 50;
      if (from !== to) {
        let matched = 0;
        for (let i = from; i < to; i++) matched += holds[requiredIds[i]!]!;
        competencyScore = Math.round((100 * matched) / (to - from));
      }
      const fit =
        wEducation * educationScore + wCompetency * competencyScore + (demanding[p] === 1 ? strong : plain) + wGolongan * ranked[p]!;
      sums[k] = fit;
      const choice = choiceOf[p]!;
      const reasons = (choice < 0 ? 0 : wishes[choice]!) + (wUnitNeed === 0 ? 0 : wUnitNeed * scoreOf(unitNeedEval(ctx, e, p))) + rotation;
      values[k] = fit + reasons - moveCost;
    }
  };
  const fitAt = (k: number): number => (fitTotal > 0 ? Math.round(fitSums[k]! / fitTotal) : 0);

  return {
    setEmployee(next: number): void {
      for (let i = 0; i < held.length; i++) holds[held[i]!] = 0;
      e = next;
      held = ctx.employeeCompetencies[e] ?? new Int32Array(0);
      for (let i = 0; i < held.length; i++) holds[held[i]!] = 1;
      performancePlain = plainPost >= 0 ? scoreOf(performanceEval(ctx, e, plainPost)) : 0;
      performanceDemanding = demandingPost >= 0 ? scoreOf(performanceEval(ctx, e, demandingPost)) : 0;
      const special = ctx.employeeSpecial[e] === 1 ? ctx.policy.rules.specialCircumstances.penalty : 0;
      moveCost = ctx.policy.scoring.disruptionCost + special;
      asks = (ctx.employeePilihanCount[e] ?? 0) > 0;
      rotation = w.rotationDue === 0 ? 0 : w.rotationDue * scoreOf(rotationDueMoveEval(ctx, e));
      const profile = `${ctx.employeeField[e] ?? -1} ${ctx.employeeFieldSectors[e] ?? 0} ${ctx.employeeRelatedSectors[e] ?? 0} ${ctx.employeeGeneralField[e] ?? 0}`;
      let row = educationRows.get(profile);
      if (row === undefined) {
        row = remembered + nP <= MAX_REMEMBERED_SCORES ? new Int16Array(nP).fill(-1) : null;
        if (row !== null) remembered += nP;
        educationRows.set(profile, row);
      }
      education = row;
      const rank = ctx.employeeRank[e] ?? -1;
      let ranked = golonganRows.get(rank);
      if (ranked === undefined) {
        ranked = new Int16Array(nP);
        for (let p = 0; p < nP; p++) ranked[p] = scoreOf(golonganFitEval(ctx, e, p));
        golonganRows.set(rank, ranked);
      }
      golongan = ranked;
      markChoices();
    },
    valueAndFit(p: number, out: Float64Array): void {
      out[0] = value(p);
      out[1] = lastFit();
    },
    value,
    lastFit,
    valuesOf,
    fitAt,
  };
}

/** The posts of each place id (a unit or a position code, as the scoring context numbers them), CSR by place. */
function postsOfPlaces(ctx: ScoringContext): { readonly start: Int32Array; readonly posts: Int32Array } {
  const places = ctx.positionPlaces;
  let count = 0;
  for (let i = 0; i < places.length; i++) count = Math.max(count, places[i]! + 1);
  const start = new Int32Array(count + 1);
  for (let i = 0; i < places.length; i++) if (places[i]! >= 0) start[places[i]! + 1]!++;
  for (let place = 0; place < count; place++) start[place + 1]! += start[place]!;
  const next = start.slice(0, count);
  const posts = new Int32Array(start[count]!);
  // Position order within a place; a post whose unit and code are one place is listed twice (harmless).
  for (let i = 0; i < places.length; i++) if (places[i]! >= 0) posts[next[places[i]!]!++] = i >> 1;
  return { start, posts };
}
