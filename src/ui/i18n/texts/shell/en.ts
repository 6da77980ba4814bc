// The app shell: header, navigation, PWA notices, Settings' basics, the 404 screen.
// English is the source: sv.ts and da.ts must translate exactly these keys (a type error otherwise).
export default {
  'app.name': 'Boxpilot',
  'app.tagline': 'Autopilot registration from the box label',
  'app.skipToContent': 'Skip to content',
  'nav.label': 'Main',
  'nav.lists': 'Device lists',
  'nav.settings': 'Settings',
  'nav.help': 'Help',
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
  'pwa.updateWaits': 'Boxpilot updates as soon as the {work} in progress here is finished or cancelled; nothing you have not stored is lost.',
  'pwa.updatedElsewhere':
    'A new version of Boxpilot was installed from another tab. Press "Update now" to switch this tab too; what you have stored is kept.',
  'pwa.work.import': 'import',
  'pwa.work.export': 'export',
  'pwa.work.registration': 'registration',
  'pwa.work.restore': 'restore',
  'frame.title': 'Boxpilot cannot run inside another website',
  'frame.body':
    'This page shows Boxpilot inside a frame of another website, which could trick you into pressing its buttons. Boxpilot does not start here: open it in its own tab.',
  'frame.open': 'Open Boxpilot in its own tab',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address. It may be an old bookmark.',
  'notFound.back': 'Go to device lists',
  'settings.language.failed':
    'That language could not be downloaded, so the language did not change. Connect to the network and choose it again.',
  'app.screenFailed': 'This screen could not be loaded. Nothing you stored is lost: connect to the network and reload the page.',
  'app.reload': 'Reload',
};
