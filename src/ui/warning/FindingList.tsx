import type { Item } from './types';

/** What was found and why it matters: the same words in the badge's explanation and the warning. */
export function FindingList({ items, label }: { items: Item[]; label?: string }) {
  return (
    <ul class="findings" aria-label={label}>
      {items.map((item, i) => (
        <li key={i} class={`finding ${item.severity}`}>
          <span class="label">{item.label}</span>
          {item.text && <>: <span class="words">“{item.text}”</span></>}
          <p>{item.message}</p>
        </li>
      ))}
    </ul>
  );
}
