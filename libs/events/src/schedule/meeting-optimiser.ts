import { maxWeightBMatching } from './max-weight-flow';

/**
 * The 1:1 meeting schedule of a matchmaking event (供需对接会).
 *
 * People are enterprises (left) and providers (right); a candidate pair has a value (its match score, × 1.5 when one
 * side asked for the meeting, × 2 when both did). A schedule puts candidate pairs into (slot, table) cells so that
 * nobody and no table is booked twice in a slot, nobody meets in a slot they marked unavailable or more often than
 * their maximum, and no pair meets twice. Pinned meetings are kept as they are.
 *
 * Objective, lexicographic: first the number of people who get at least one meeting, then the total value. It is
 * scored as `COVER_WEIGHT × covered + value`, COVER_WEIGHT exceeding any possible total value.
 *
 * Solver:
 * 1. Exact branch and bound when the instance is small (it finishes within a node budget): every candidate pair is
 *    tried in every slot or left out, pruned by an optimistic bound.
 * 2. Otherwise block-coordinate ascent over slots: the meetings of one slot are re-chosen by an exact maximum-weight
 *    matching (min-cost flow) with everything else fixed, where a pair's weight is its value plus COVER_WEIGHT for
 *    each person who would otherwise have no meeting. Each re-solve can only improve the objective; sweeps repeat
 *    until a sweep changes nothing. The start is empty, so the first sweep is slot-by-slot greedy assignment.
 * 3. Then a move-and-insert local search: an unscheduled pair goes into a slot after moving the meetings that block it
 *    to other free slots.
 *
 * `upperBound` is an exact bound on the total value: the maximum-weight b-matching that ignores slots (each person
 * meets at most min(max, free slots) times, at most the number of free cells in all), solved by the same flow.
 */
export interface SchedulePerson {
  side: 'left' | 'right';
  /** Slot indexes the person cannot attend. */
  unavailable: readonly number[];
  maxMeetings: number;
}

export interface ScheduleCandidate {
  left: number;
  right: number;
  value: number;
}

export interface PlacedMeeting {
  left: number;
  right: number;
  slot: number;
  table: number;
}

export interface ScheduleProblem {
  slots: number;
  tables: number;
  /** Indexed by person number; `left`/`right` in candidates and meetings are person numbers. */
  people: readonly SchedulePerson[];
  candidates: readonly ScheduleCandidate[];
  pinned?: readonly PlacedMeeting[];
}

export interface ScheduleResult {
  meetings: PlacedMeeting[];
  value: number;
  covered: number;
  /** People with at least one candidate (who should get a meeting). */
  coverable: number;
  method: 'exact' | 'heuristic';
}

export const COVER_WEIGHT = 1e6;
const EPS = 1e-9;
const DEFAULT_NODE_BUDGET = 200_000;

/** Why a placement is not allowed, or null when it is. */
export function placementProblem(
  p: ScheduleProblem,
  meetings: readonly PlacedMeeting[],
  m: PlacedMeeting,
): string | null {
  if (m.slot < 0 || m.slot >= p.slots) return 'slot';
  if (m.table < 0 || m.table >= p.tables) return 'table';
  const a = p.people[m.left];
  const b = p.people[m.right];
  if (!a || !b || a.side !== 'left' || b.side !== 'right') return 'sides';
  if (a.unavailable.includes(m.slot) || b.unavailable.includes(m.slot)) return 'unavailable';
  for (const o of meetings) {
    if (o === m) continue;
    if (o.left === m.left && o.right === m.right) return 'pair';
    if (o.slot !== m.slot) continue;
    if (o.table === m.table) return 'table_busy';
    if (o.left === m.left || o.right === m.right) return 'person_busy';
  }
  const count = (who: number) => meetings.filter((o) => o !== m && (o.left === who || o.right === who)).length + 1;
  if (count(m.left) > a.maxMeetings || count(m.right) > b.maxMeetings) return 'max_meetings';
  return null;
}

/** Checks a whole schedule; returns the first problem found. */
export function scheduleProblem(p: ScheduleProblem, meetings: readonly PlacedMeeting[]): string | null {
  for (const m of meetings) {
    const problem = placementProblem(p, meetings, m);
    if (problem) return problem;
  }
  return null;
}

export function scoreSchedule(
  p: ScheduleProblem,
  meetings: readonly PlacedMeeting[],
): { value: number; covered: number } {
  const value = new Map(p.candidates.map((c) => [pairKey(c.left, c.right), c.value]));
  const met = new Set<number>();
  let total = 0;
  for (const m of meetings) {
    total += value.get(pairKey(m.left, m.right)) ?? 0;
    met.add(m.left);
    met.add(m.right);
  }
  return { value: total, covered: met.size };
}

export function optimiseSchedule(p: ScheduleProblem, options: { nodeBudget?: number } = {}): ScheduleResult {
  const exact = branchAndBound(p, options.nodeBudget ?? DEFAULT_NODE_BUDGET);
  const meetings = exact ?? localSearch(p, coordinateAscent(p));
  const { value, covered } = scoreSchedule(p, meetings);
  const coverable = new Set(p.candidates.flatMap((c) => [c.left, c.right])).size;
  return {
    meetings: meetings.sort((x, y) => x.slot - y.slot || x.table - y.table),
    value,
    covered,
    coverable,
    method: exact ? 'exact' : 'heuristic',
  };
}

/** The heuristic alone (for measuring it against exact answers on small cases). */
export function heuristicSchedule(p: ScheduleProblem): PlacedMeeting[] {
  return localSearch(p, coordinateAscent(p));
}

export function upperBound(p: ScheduleProblem): number {
  const pinned = p.pinned ?? [];
  const pinnedPairs = new Set(pinned.map((m) => pairKey(m.left, m.right)));
  const pinnedValue = scoreSchedule(p, pinned).value;
  const cells = p.slots * p.tables - pinned.length;
  const capOf = (i: number) => {
    const person = p.people[i];
    const busy = new Set(pinned.filter((m) => m.left === i || m.right === i).map((m) => m.slot));
    const free = Array.from({ length: p.slots }, (_, s) => s).filter(
      (s) => !busy.has(s) && !person.unavailable.includes(s),
    ).length;
    return Math.max(0, Math.min(person.maxMeetings - busy.size, free));
  };
  const { lefts, rights, leftIndex, rightIndex } = sidesOf(p);
  const edges = p.candidates
    .filter((c) => c.value > 0 && !pinnedPairs.has(pairKey(c.left, c.right)))
    .map((c) => ({ left: leftIndex.get(c.left)!, right: rightIndex.get(c.right)!, weight: c.value }));
  const { weight } = maxWeightBMatching(lefts.map(capOf), rights.map(capOf), edges, Math.max(0, cells));
  return weight + pinnedValue;
}

// ---------- shared state ----------

const pairKey = (a: number, b: number) => a * 1_000_003 + b;

function sidesOf(p: ScheduleProblem) {
  const lefts: number[] = [];
  const rights: number[] = [];
  p.people.forEach((person, i) => (person.side === 'left' ? lefts : rights).push(i));
  return {
    lefts,
    rights,
    leftIndex: new Map(lefts.map((v, i) => [v, i])),
    rightIndex: new Map(rights.map((v, i) => [v, i])),
  };
}

/** Occupancy of a schedule under construction: who is busy when, how many meetings each person has, which pairs met. */
class Board {
  readonly busy: Int32Array; // person × slot → meeting count (0/1)
  readonly count: Int32Array;
  readonly perSlot: Int32Array;
  readonly met = new Map<number, PlacedMeeting>();
  readonly meetings = new Set<PlacedMeeting>();

  constructor(private readonly p: ScheduleProblem) {
    this.busy = new Int32Array(p.people.length * p.slots);
    this.count = new Int32Array(p.people.length);
    this.perSlot = new Int32Array(p.slots);
  }

  add(m: PlacedMeeting) {
    this.busy[m.left * this.p.slots + m.slot] = 1;
    this.busy[m.right * this.p.slots + m.slot] = 1;
    this.count[m.left]++;
    this.count[m.right]++;
    this.perSlot[m.slot]++;
    this.met.set(pairKey(m.left, m.right), m);
    this.meetings.add(m);
  }

  remove(m: PlacedMeeting) {
    this.busy[m.left * this.p.slots + m.slot] = 0;
    this.busy[m.right * this.p.slots + m.slot] = 0;
    this.count[m.left]--;
    this.count[m.right]--;
    this.perSlot[m.slot]--;
    this.met.delete(pairKey(m.left, m.right));
    this.meetings.delete(m);
  }

  isBusy(person: number, slot: number) {
    return this.busy[person * this.p.slots + slot] === 1;
  }

  /** Whether the person can take one more meeting in the slot (ignoring the table). */
  canAttend(person: number, slot: number) {
    const who = this.p.people[person];
    return !this.isBusy(person, slot) && !who.unavailable.includes(slot) && this.count[person] < who.maxMeetings;
  }

  hasTable(slot: number) {
    return this.perSlot[slot] < this.p.tables;
  }

  /** Tables are interchangeable: numbers are handed out at the end, around the pinned ones. */
  placed(pinned: readonly PlacedMeeting[]): PlacedMeeting[] {
    const out: PlacedMeeting[] = [...pinned];
    const pinnedSet = new Set(pinned);
    const taken = Array.from({ length: this.p.slots }, () => new Set<number>());
    for (const m of pinned) taken[m.slot].add(m.table);
    for (const m of this.meetings) {
      if (pinnedSet.has(m)) continue;
      let t = 0;
      while (taken[m.slot].has(t)) t++;
      taken[m.slot].add(t);
      out.push({ left: m.left, right: m.right, slot: m.slot, table: t });
    }
    return out;
  }
}

function startBoard(p: ScheduleProblem): { board: Board; pinned: Set<PlacedMeeting> } {
  const board = new Board(p);
  const pinned = new Set(p.pinned ?? []);
  for (const m of pinned) board.add(m);
  return { board, pinned };
}

// ---------- heuristic ----------

function coordinateAscent(p: ScheduleProblem): Board {
  const { board, pinned } = startBoard(p);
  const bySlot = Array.from({ length: p.slots }, () => [] as PlacedMeeting[]);
  for (const m of pinned) bySlot[m.slot].push(m);
  const { lefts, rights, leftIndex, rightIndex } = sidesOf(p);
  for (let sweep = 0; sweep < 20; sweep++) {
    let improved = false;
    for (let s = 0; s < p.slots; s++) {
      const current = bySlot[s].filter((m) => !pinned.has(m));
      const before = slotObjective(p, board, current, s);
      for (const m of current) board.remove(m);
      const free = p.tables - bySlot[s].filter((m) => pinned.has(m)).length;
      const edges: { left: number; right: number; weight: number; c: ScheduleCandidate }[] = [];
      for (const c of p.candidates) {
        if (c.value <= 0 || board.met.has(pairKey(c.left, c.right))) continue;
        if (!board.canAttend(c.left, s) || !board.canAttend(c.right, s)) continue;
        const cover = (board.count[c.left] === 0 ? COVER_WEIGHT : 0) + (board.count[c.right] === 0 ? COVER_WEIGHT : 0);
        edges.push({ left: leftIndex.get(c.left)!, right: rightIndex.get(c.right)!, weight: c.value + cover, c });
      }
      const { chosen, weight } = maxWeightBMatching(
        lefts.map(() => 1),
        rights.map(() => 1),
        edges,
        free,
      );
      if (weight > before + EPS) {
        const next = chosen.map((k) => ({ left: edges[k].c.left, right: edges[k].c.right, slot: s, table: -1 }));
        for (const m of next) board.add(m);
        bySlot[s] = [...bySlot[s].filter((m) => pinned.has(m)), ...next];
        improved = true;
      } else {
        for (const m of current) board.add(m);
      }
    }
    if (!improved) break;
  }
  return board;
}

/** What the slot's own meetings are worth with everything else fixed (the re-solve's objective for the same choice). */
function slotObjective(p: ScheduleProblem, board: Board, meetings: readonly PlacedMeeting[], slot: number): number {
  const value = valueLookup(p);
  let total = 0;
  for (const m of meetings) {
    if (m.slot !== slot) continue;
    total += value(m.left, m.right);
    if (board.count[m.left] === 1) total += COVER_WEIGHT;
    if (board.count[m.right] === 1) total += COVER_WEIGHT;
  }
  return total;
}

const lookups = new WeakMap<ScheduleProblem, (a: number, b: number) => number>();
function valueLookup(p: ScheduleProblem) {
  let f = lookups.get(p);
  if (!f) {
    const map = new Map(p.candidates.map((c) => [pairKey(c.left, c.right), c.value]));
    f = (a, b) => map.get(pairKey(a, b)) ?? 0;
    lookups.set(p, f);
  }
  return f;
}

/**
 * Inserts unscheduled pairs (best first) where both are free, after moving at most one blocking meeting of each side
 * (and one meeting of a full slot) to another slot where it fits. Nothing is ever removed, so the objective only grows.
 */
function localSearch(p: ScheduleProblem, board: Board): PlacedMeeting[] {
  const pinned = new Set(p.pinned ?? []);
  const order = [...p.candidates].filter((c) => c.value > 0).sort((a, b) => b.value - a.value);
  for (let round = 0; round < 3; round++) {
    let inserted = false;
    for (const c of order) {
      if (board.met.has(pairKey(c.left, c.right))) continue;
      if (board.count[c.left] >= p.people[c.left].maxMeetings || board.count[c.right] >= p.people[c.right].maxMeetings)
        continue;
      for (let s = 0; s < p.slots && !board.met.has(pairKey(c.left, c.right)); s++) {
        if (tryInsert(p, board, pinned, c, s)) inserted = true;
      }
    }
    if (!inserted) break;
  }
  return board.placed([...pinned]);
}

function tryInsert(
  p: ScheduleProblem,
  board: Board,
  pinned: Set<PlacedMeeting>,
  c: ScheduleCandidate,
  s: number,
): boolean {
  const person = (i: number) => p.people[i];
  if (person(c.left).unavailable.includes(s) || person(c.right).unavailable.includes(s)) return false;
  const blockers = [...board.meetings].filter((m) => m.slot === s && (m.left === c.left || m.right === c.right));
  if (blockers.some((m) => pinned.has(m))) return false;
  const moved: [PlacedMeeting, PlacedMeeting][] = [];
  const undo = () => {
    for (const [from, to] of moved.reverse()) {
      board.remove(to);
      board.add(from);
    }
  };
  const relocate = (m: PlacedMeeting): boolean => {
    board.remove(m);
    for (let t = 0; t < p.slots; t++) {
      if (t === s || !board.hasTable(t) || !board.canAttend(m.left, t) || !board.canAttend(m.right, t)) continue;
      const to = { ...m, slot: t };
      board.add(to);
      moved.push([m, to]);
      return true;
    }
    board.add(m);
    return false;
  };
  for (const m of blockers)
    if (!relocate(m)) {
      undo();
      return false;
    }
  if (!board.hasTable(s)) {
    const movable = [...board.meetings].filter((m) => m.slot === s && !pinned.has(m));
    if (!movable.some((m) => relocate(m))) {
      undo();
      return false;
    }
  }
  if (!board.canAttend(c.left, s) || !board.canAttend(c.right, s) || !board.hasTable(s)) {
    undo();
    return false;
  }
  board.add({ left: c.left, right: c.right, slot: s, table: -1 });
  return true;
}

// ---------- exact search for small events ----------

function branchAndBound(p: ScheduleProblem, nodeBudget: number): PlacedMeeting[] | null {
  const { board, pinned } = startBoard(p);
  const cands = [...p.candidates]
    .filter((c) => c.value > 0 && !board.met.has(pairKey(c.left, c.right)))
    .sort((a, b) => b.value - a.value);
  const suffix = new Float64Array(cands.length + 1);
  for (let i = cands.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + cands[i].value;
  // lastChance[i]: people whose remaining candidates all lie at positions < i… computed as each person's last position.
  const lastPos = new Map<number, number>();
  cands.forEach((c, i) => {
    lastPos.set(c.left, i);
    lastPos.set(c.right, i);
  });
  const pinnedScore = scoreSchedule(p, [...pinned]);
  let best = -1;
  let bestSet: PlacedMeeting[] = [];
  let nodes = 0;
  const objective = (covered: number, value: number) => covered * COVER_WEIGHT + value;
  const coveredNow = () => {
    let n = 0;
    for (let i = 0; i < p.people.length; i++) if (board.count[i] > 0) n++;
    return n;
  };
  const coverableFrom = (i: number) => {
    // people still without a meeting but with a candidate at position ≥ i
    let n = 0;
    for (const [who, last] of lastPos) if (board.count[who] === 0 && last >= i) n++;
    return n;
  };
  const dfs = (i: number, value: number): boolean => {
    if (++nodes > nodeBudget) return false;
    const covered = coveredNow();
    if (objective(covered + coverableFrom(i), value + suffix[i]) <= best + EPS) return true;
    if (i === cands.length) {
      const score = objective(covered, value);
      if (score > best + EPS) {
        best = score;
        bestSet = [...board.meetings];
      }
      return true;
    }
    const c = cands[i];
    for (let s = 0; s < p.slots; s++) {
      if (!board.hasTable(s) || !board.canAttend(c.left, s) || !board.canAttend(c.right, s)) continue;
      const m = { left: c.left, right: c.right, slot: s, table: -1 };
      board.add(m);
      const ok = dfs(i + 1, value + c.value);
      board.remove(m);
      if (!ok) return false;
    }
    return dfs(i + 1, value);
  };
  if (!dfs(0, pinnedScore.value)) return null;
  const result = new Board(p);
  for (const m of bestSet) result.add(m);
  return result.placed([...pinned]);
}
