// English is the source catalog: its keys define what every other language must translate
// (sv.ts and da.ts are type-checked against it).
export const en = {
  'app.name': 'Boxpilot',
  'app.tagline': 'Autopilot registration from the box label',
  'app.skipToContent': 'Skip to content',
  'nav.label': 'Main',
  'nav.lists': 'Device lists',
  'nav.settings': 'Settings',
  'lists.title': 'Device lists',
  'lists.intro':
    'A device list holds the devices for one customer delivery. In Partner Center it becomes a batch, and its name becomes the group tag.',
  'lists.empty.title': 'No device lists yet',
  'lists.empty.body':
    'Device lists you create are kept on this device, also without a network connection.',
  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.language.help': 'The language of every screen and message.',
  'settings.offline': 'Offline use',
  'settings.offline.ready': 'Ready: Boxpilot opens and works without a network connection.',
  'settings.offline.pending': 'Preparing: keep this page open with a network connection for a moment.',
  'settings.offline.unsupported':
    'This browser cannot keep Boxpilot for offline use. Use a current Chrome, Edge or Safari, over HTTPS.',
  'settings.version': 'Version {version}',
  'pwa.offlineReady': 'Boxpilot is ready to work offline.',
  'pwa.updateAvailable': 'A new version of Boxpilot is available. Your work is saved either way.',
  'pwa.reload': 'Update now',
  'pwa.later': 'Later',
  'pwa.dismiss': 'OK',
  'pwa.updateFailed': 'The update could not be installed. Reload the page to try again.',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address. It may be an old bookmark.',
  'notFound.back': 'Go to device lists',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
