// Typeahead for places (Chinese name, pinyin or its initials, division code), ARIA 1.2 combobox with
// a listbox popup. Places already chosen stay in the list, marked 已添加 and not selectable.
// `find` answers a query (compare-find.ts: it may load a file first); only the answer to what is in
// the box is shown or picked.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { PlaceIndexEntry } from '../../lib/site/compare-state.ts';
import { LEVEL_ZH } from '../../lib/site/indicator-state.ts';
import type { Level } from '../../lib/types.ts';

export function placeDetailText(p: PlaceIndexEntry): string {
  const where = [p.p, p.pf && p.pf !== p.n ? p.pf : null].filter(Boolean).join(' ');
  const level = p.l ? LEVEL_ZH[p.l as Level] : '';
  const years = p.y.length ? (p.y.length > 1 ? `${p.y[0]}–${p.y[p.y.length - 1]} 年` : `${p.y[0]} 年`) : '';
  return [where, level, years].filter(Boolean).join(' · ');
}

interface Answer {
  q: string;
  places: PlaceIndexEntry[];
  failed?: boolean;
}

export default function PlacePicker({ find, exclude, disabled, onPick }: { find: (q: string) => Promise<PlaceIndexEntry[]>; exclude: readonly string[]; disabled: boolean; onPick: (p: PlaceIndexEntry) => void }) {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [answer, setAnswer] = useState<Answer>({ q: '', places: [] });
  const uid = useId();
  const listId = `${uid}-list`;
  useEffect(() => {
    if (q.trim() === '') return;
    let current = true;
    find(q)
      .then((places) => current && setAnswer({ q, places }))
      .catch(() => current && setAnswer({ q, places: [], failed: true }));
    return () => {
      current = false;
    };
  }, [q, find]);
  const searching = answer.q !== q;
  const results = searching ? [] : answer.places;
  const added = (p: PlaceIndexEntry) => exclude.includes(p.k);
  const expanded = open && q.trim() !== '';

  const pick = (p: PlaceIndexEntry) => {
    if (added(p)) return;
    onPick(p);
    setQ('');
    setOpen(false);
    setActive(0);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      if (expanded && results[active]) {
        e.preventDefault();
        pick(results[active]!);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="picker">
      <label htmlFor={`${uid}-input`}>添加地区（输入名称、拼音、拼音首字母或行政区划代码）</label>
      <input
        id={`${uid}-input`}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${uid}-opt-${active}` : undefined}
        autoComplete="off"
        value={q}
        disabled={disabled}
        placeholder={disabled ? '已选满 6 个地区' : '例如：思茅区、simao、smq、430725'}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKey}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        data-testid="place-search"
      />
      <ul id={listId} role="listbox" aria-label="匹配的地区" className="picker-list" hidden={!expanded} aria-busy={expanded && searching}>
        {expanded && searching && <li className="muted" role="option" aria-selected={false} aria-disabled="true">正在查找…</li>}
        {expanded && !searching && answer.failed && <li className="muted" role="option" aria-selected={false} aria-disabled="true">地区列表加载失败，请稍后再试或刷新页面</li>}
        {expanded && !searching && !answer.failed && results.length === 0 && <li className="muted" role="option" aria-selected={false} aria-disabled="true">没有匹配的地区</li>}
        {expanded &&
          results.map((p, i) => (
            <li
              key={p.k}
              id={`${uid}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              aria-disabled={added(p) ? 'true' : undefined}
              className={[i === active ? 'active' : '', added(p) ? 'added' : ''].filter(Boolean).join(' ') || undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(p)}
              onMouseEnter={() => setActive(i)}
            >
              <strong>{p.n}</strong> <span className="muted">{placeDetailText(p)}{p.c ? ` · ${p.c}` : ''}</span>
              {added(p) && <span className="badge added-mark">已添加</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
