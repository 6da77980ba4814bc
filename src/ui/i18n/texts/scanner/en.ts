// Scanning box labels: the camera scanner, the handheld-scanner mode and the scan sounds.
// English is the source: sv.ts and da.ts must translate exactly these keys (a type error otherwise).
export default {
  'scanner.open': 'Scan with camera',
  'scanner.stop': 'Stop scanning',
  'scanner.pause': 'Pause',
  'scanner.resume': 'Resume',
  'scanner.why':
    'The camera reads the barcodes on the box label: serial number, PKID and the rest, all at once. Nothing is recorded or sent anywhere. The first time, the browser asks whether Boxpilot may use the camera: choose Allow.',
  'scanner.starting': 'Starting the camera …',
  'scanner.view': 'Camera view',
  'scanner.aim': 'Hold the box label inside the frame. Every code on it is read at once; the camera stays on for the next box.',
  'scanner.paused': 'Paused: no codes are read. Press Resume to go on.',
  'scanner.started': 'Camera on. Hold the box label inside the frame.',
  'scanner.stopped': 'Camera off.',
  'scanner.backgrounded': 'The camera was turned off while Boxpilot was in the background; it starts again when you come back.',
  'scanner.torch': 'Torch',
  'scanner.zoom': 'Zoom',
  'scanner.camera': 'Camera',
  'scanner.camera.unnamed': 'Camera {n}',
  'scanner.retry': 'Try again',
  'scanner.error.permission-denied':
    'Boxpilot may not use the camera. Allow it again: click the camera or lock icon in the address bar (on a tablet: the browser\'s site settings), set Camera to Allow, then press Try again. A handheld scanner or typing works meanwhile.',
  'scanner.error.no-camera':
    'No camera was found on this device. Connect a camera, or use a handheld scanner or type the codes into "Add identifier".',
  'scanner.error.in-use':
    'The camera is in use by another app or browser tab. Close the other app (video call, camera app) or tab, then press Try again.',
  'scanner.error.constraints':
    'This camera cannot deliver a usable picture. Choose another camera if there is one, or press Try again.',
  'scanner.error.insecure-context':
    'The browser allows the camera only on a secure (https) address. Open Boxpilot through its https address, or ask IT to publish it over https.',
  'scanner.error.stalled':
    'The camera stopped sending pictures, also after a restart. Check that it is still connected, then press Try again.',
  'scanner.error.unknown': 'The camera could not be started. Press Try again; if it keeps failing, reload the page.',
  'scanner.error.decoder':
    'The barcode reader stopped working. Press Stop scanning and Scan with camera to start it again; a handheld scanner still works.',
  'scanner.error.wasm':
    'This browser blocks the barcode reader (WebAssembly is switched off, usually by a company policy). Ask IT to allow WebAssembly for this site, or use a handheld scanner.',
  'scanner.result.taken': 'Taken',
  'scanner.result.box-closed': 'Box saved, next box',
  'scanner.result.same': 'Already have it',
  'scanner.result.attention': 'Look at the screen',
  'scanner.result.unusable': 'Not usable',
  'scanner.mode': 'Scanner mode',
  'scanner.mode.help':
    'For a USB or Bluetooth scanner: codes are taken wherever the focus is (except in text fields), with the same sounds as the camera.',
  'scanner.mode.on': 'Scanner mode on: scan with the handheld scanner, no need to tap a field first.',
  'scanner.mode.off': 'Scanner mode off.',
  'scanner.sounds.title': 'Scan sounds',
  'scanner.sounds.label': 'Play a sound for each scan result',
  'scanner.sounds.help':
    'Different tones for a code taken, a box saved, a duplicate and a code that cannot be used. The tablet also vibrates where it can.',
  'scanner.sounds.saved': 'Saved.',
  'scanner.photo.setting.title': 'Label photos',
  'scanner.photo.setting.label': 'Keep a small photo of each scanned label with its device',
  'scanner.photo.setting.help':
    'Evidence if a registration is later disputed, for example error 808 (the device is registered to another organisation): the photo shows the label as it was scanned. It stays on this device, is never sent anywhere (not with the registration either), and is deleted with its device. Off by default.',
  'scanner.photo.button': 'Label photo',
  'scanner.photo.open': 'Label photo, row {n}',
  'scanner.photo.title': 'Label photo of row {n}',
  'scanner.photo.alt': 'The box label of row {n} as the camera saw it when it was scanned',
  'scanner.photo.kept': 'Kept on this device only, as evidence for a dispute. It is deleted with the device.',
  'scanner.photo.missing': 'This photo is no longer stored (the device was changed or deleted in another tab). Close this and look at the row again.',
  'scanner.photo.close': 'Close',
};
