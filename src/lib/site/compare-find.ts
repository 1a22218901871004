// The compare typeahead's place index as a prefix tree of small static files
// (/compare/find/<version>/<file>.json), so that what a reader downloads to pick a place does not
// grow with the country, and the answers are exactly searchIndex's over every place.
//
// Every rule of searchIndex is "the query (in searchKey form) is a prefix of one of the place's
// strings": a part of its names (a suffix of province+name, prefecture+name), its key, division
// code, pinyin or initials (`probes`). A node of the tree is a prefix of such strings; it lists the
// places of its children while they are few (at most `maxPlaces` places a file: a pack), and
// otherwise has children of its own and stores the answer to its own query (`top`): a query that
// ends on it is answered from there, a longer one goes on to the child of its next character. A
// pack holds every place any query below it can match, and searchIndex orders its matches totally,
// so searchIndex over a pack gives the same answer as over the whole index.
// Plain TS (no catalog): the island imports the reader half.
import { searchIndex, searchKey, type PlaceIndexEntry } from './compare-state.ts';

/** Answers stored per node (the picker shows 10). */
export const FIND_LIMIT = 10;
/** Places per pack file by default. */
export const FIND_PACK_PLACES = 200;
/** Prefixes longer than this are never split (file names stay short); a longer shared prefix than 40 characters does not occur in place names. */
const MAX_DEPTH = 40;

/** A node with children: its own query's answers, which next characters have a node of their own, and which are in which pack. */
export interface FindNode {
  /** index version: every file of one build has the same */
  v: string;
  /** searchIndex(every place, this prefix, FIND_LIMIT); empty for the root */
  top: PlaceIndexEntry[];
  /** next characters (UTF-16 units) with a node file of their own */
  inner: string;
  /** packs[i]: the next characters whose places are in pack file i */
  packs: string[];
}

/** A pack: every place a query below some next characters of a node can match. */
export interface FindPack {
  v: string;
  places: PlaceIndexEntry[];
}

export type FindFile = FindNode | FindPack;

const hex = (s: string) => [...Array(s.length).keys()].map((i) => s.charCodeAt(i).toString(16).padStart(4, '0')).join('');

/** File name (without .json) of the node at a prefix ('n' = the root). */
export function nodeFile(prefix: string): string {
  return `n${hex(prefix)}`;
}

/** File name of pack `i` of the node at a prefix. */
export function packFile(prefix: string, i: number): string {
  return `p${hex(prefix)}-${i}`;
}

/** The strings a query (searchKey form) must be a prefix of for the place to match under some rule of searchIndex. */
export function probes(p: PlaceIndexEntry): string[] {
  const n = searchKey(p.n);
  const out = new Set<string>();
  for (const full of [searchKey(p.p ?? '') + n, searchKey(p.pf ?? '') + n]) for (let i = 0; i < full.length; i++) out.add(full.slice(i));
  out.add(searchKey(p.k));
  for (const s of [p.c, p.py, p.pi]) if (s) out.add(s);
  return [...out];
}

/** Build time: every file of the tree, by file name. */
export function buildFind(places: readonly PlaceIndexEntry[], version: string, maxPlaces = FIND_PACK_PLACES): Map<string, FindFile> {
  const files = new Map<string, FindFile>();
  const all: Array<[number, string]> = [];
  places.forEach((p, i) => {
    for (const s of probes(p)) all.push([i, s]);
  });
  const distinct = (list: ReadonlyArray<[number, string]>) => [...new Set(list.map(([i]) => i))];
  const visit = (prefix: string, list: Array<[number, string]>) => {
    const d = prefix.length;
    const children = new Map<string, Array<[number, string]>>();
    for (const pr of list) {
      if (pr[1].length <= d) continue;
      const c = pr[1][d]!;
      const got = children.get(c);
      if (got) got.push(pr);
      else children.set(c, [pr]);
    }
    const chars = [...children.keys()].sort();
    let inner = '';
    const packs: string[] = [];
    let packChars = '';
    let packSet = new Set<number>();
    const closePack = () => {
      if (!packChars) return;
      files.set(packFile(prefix, packs.length), { v: version, places: [...packSet].sort((a, b) => a - b).map((i) => places[i]!) });
      packs.push(packChars);
      packChars = '';
      packSet = new Set();
    };
    for (const c of chars) {
      const sub = children.get(c)!;
      const ids = distinct(sub);
      if (ids.length > maxPlaces && d + 1 < MAX_DEPTH) {
        inner += c;
        visit(prefix + c, sub);
        continue;
      }
      if (packSet.size + ids.filter((i) => !packSet.has(i)).length > maxPlaces) closePack();
      for (const i of ids) packSet.add(i);
      packChars += c;
    }
    closePack();
    const top = prefix ? searchIndex(distinct(list).map((i) => places[i]!), prefix, FIND_LIMIT) : [];
    files.set(nodeFile(prefix), { v: version, top, inner, packs });
  };
  visit('', all);
  return files;
}

/**
 * The typeahead's answer for a query: the same as searchIndex over every place (limit ≤ FIND_LIMIT),
 * loading the root, the nodes on the query's path and at most one pack. `load` gets file names.
 */
export async function findPlaces(query: string, load: (file: string) => Promise<FindFile>, limit = FIND_LIMIT): Promise<PlaceIndexEntry[]> {
  const key = searchKey(query);
  if (!key) return [];
  let node = (await load(nodeFile(''))) as FindNode;
  for (let d = 0; d < key.length; d++) {
    const c = key[d]!;
    const prefix = key.slice(0, d);
    if (node.inner.includes(c)) {
      node = (await load(nodeFile(prefix + c))) as FindNode;
      continue;
    }
    const i = node.packs.findIndex((chars) => chars.includes(c));
    if (i < 0) return [];
    return searchIndex((await load(packFile(prefix, i)) as FindPack).places, query, limit);
  }
  return node.top.slice(0, limit);
}
