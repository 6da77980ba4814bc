import type { MessageKey } from '../../i18n/packs';

// The Help screen's sections, in page order; the table of contents is built from this list.
// Ids are element ids of the section headings (focus targets), not URL fragments: the hash
// belongs to the router.
export const HELP_SECTIONS = [
  { id: 'help-upload', title: 'help.upload.title' },
  { id: 'help-pkid', title: 'help.pkid.title' },
  { id: 'help-paths', title: 'help.paths.title' },
  { id: 'help-excel', title: 'help.excel.title' },
  { id: 'help-rules', title: 'help.rules.title' },
  { id: 'help-errors', title: 'help.errors.title' },
] as const satisfies readonly { id: string; title: MessageKey }[];

export type HelpSectionId = (typeof HELP_SECTIONS)[number]['id'];
