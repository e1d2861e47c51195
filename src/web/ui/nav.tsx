import type { ComponentType } from 'preact';
import { IconBook, IconCheckIn, IconDiary, IconMe, IconPlan } from './icons.tsx';

interface Tab {
  href: string;
  label: string;
  icon: ComponentType;
  /** Routes that light this tab. */
  match: string[];
}

const TABS: Tab[] = [
  { href: '/checkin', label: 'Check in', icon: IconCheckIn, match: ['checkin'] },
  { href: '/plan', label: 'Today', icon: IconPlan, match: ['plan', 'session'] },
  { href: '/diary', label: 'Diary', icon: IconDiary, match: ['diary'] },
  { href: '/book', label: 'Book', icon: IconBook, match: ['book', 'clientHistory'] },
  { href: '/account', label: 'You', icon: IconMe, match: ['account', 'settings'] },
];

/** The bottom navigation: five large targets (at least 56 px tall), the current one marked for assistive tech. */
export function BottomNav({ current, inert }: { current: string; inert?: boolean }) {
  return (
    <nav class="tabs" aria-label="Main" inert={inert}>
      <ul>
        {TABS.map((t) => {
          const active = t.match.includes(current);
          const Icon = t.icon;
          return (
            <li key={t.href}>
              <a href={`#${t.href}`} aria-current={active ? 'page' : undefined}>
                <Icon />
                <span>{t.label}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
