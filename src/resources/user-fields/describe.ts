import type { Lang } from '../../core/i18n.js';
import type { LocalizedText } from '../../spec/spec.generated.js';
import type { KindDescription } from '../kind.js';
import { lastName, words } from '../describe-helpers.js';
import { USER_FIELD_MESSAGES as M } from './messages.js';
import type { ListItemChange, UserFieldChange } from './types.js';

const GROUP = {
  deal: M.groupDeal,
  lead: M.groupLead,
  contact: M.groupContact,
  company: M.groupCompany,
} as const;

function group(c: UserFieldChange | ListItemChange, lang: Lang): string {
  const e = c.path[0] ?? '';
  return e in GROUP ? words(GROUP[e as keyof typeof GROUP], lang) : e;
}

/** A text for every language, or the first of a text per language. */
function firstText(t: LocalizedText): string | undefined {
  return typeof t === 'string' ? t : Object.values(t as Readonly<Record<string, string | undefined>>)[0];
}

/** Fields and their list items are listed per entity ("Deal fields"). */
export const describeUserFields: KindDescription<UserFieldChange | ListItemChange> = {
  headline: (c, lang) => {
    if (c.kind === 'listItem')
      return words(M.itemHeadline, lang, { name: lastName(c), field: c.path[1] ?? '' });
    const name = c.path[1] ?? c.key;
    return c.op === 'create'
      ? words(M.headlineCreate, lang, { name, type: c.desired.type })
      : words(M.headline, lang, { name });
  },
  group,
  createDetails: (c, lang) => {
    if (c.kind !== 'userField') return [];
    const d = c.desired;
    const label = firstText(d.label);
    const help = d.help === undefined ? '' : firstText(d.help);
    const items = d.items.length;
    return [
      [
        words(M.createdLabel, lang, { label: label ?? '' }),
        help ? words(M.createdHelp, lang, { help }) : '',
        d.multiple ? words(M.createdMultiple, lang) : '',
        items ? words(M.createdItems, lang, { n: items }) : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ];
  },
  kept: {
    userField: { one: M.keptOne, many: M.keptMany },
    listItem: { one: M.keptItemOne, many: M.keptItemMany },
  },
};
