/** Upper bounds that keep a pair's value within ±20,000 (so 50,000 of them sum below 2^31). */
export const LIMITS = {
  maxWeight: 100,
  maxWeightSum: 150,
  maxCost: 5_000,
} as const;
