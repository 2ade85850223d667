import { defineMessages } from '../../../core/catalogue.js';

/** `b24cfg init`: help texts. */
export const INIT_HELP = defineMessages({
  command: {
    ru: 'создать стартовую спецификацию из шаблона (вместе с файлами документов и писем)',
    en: 'write a starter spec from a template (with its document and e-mail files)',
  },
  template: { ru: 'имя шаблона', en: 'template name' },
  out: { ru: 'куда записать спецификацию', en: 'where to write the spec' },
  force: { ru: 'перезаписать существующие файлы', en: 'overwrite existing files' },
  list: { ru: 'показать доступные шаблоны', en: 'list the available templates' },
});

/** What `init` prints after writing the spec. */
export const INIT_MESSAGES = defineMessages({
  wrote: {
    ru: 'Создана спецификация {spec} из шаблона {template}',
    en: 'Wrote {spec} from template {template}',
  },
  next: { ru: 'Дальше:', en: 'Next:' },
  fillVariables: {
    ru: 'заполните переменные (почты сотрудников) в разделе variables или через окружение',
    en: 'fill in the variables (staff e-mails) in the variables section or via the environment',
  },
  validate: { ru: 'проверьте спецификацию:', en: 'validate the spec:' },
  plan: {
    ru: 'посмотрите план на встроенном учебном портале:',
    en: 'see the plan on the built-in sandbox portal:',
  },
});
