import type { WorkerError, WorkerErrorCode } from '../../workers/core-bridge';
import type { Locale } from './define';

// The core worker's failures in every language, keyed by the bridge's stable codes
// (src/workers/worker-bridge.ts). Each says what happened and what to do; the runtime's own
// English detail goes to the console only. The type is complete: a new code needs all three.
// Imported by the screens that use the worker (not by i18n.svelte.ts): off the first screen.
export const WORKER_ERROR_TEXTS: Record<Locale, Record<WorkerErrorCode, string>> = {
  en: {
    aborted: 'It was cancelled before it finished. Start it again when you are ready.',
    unavailable:
      'This browser could not start Boxpilot’s background worker, so files cannot be read, checked or written here. Reload the page; if it keeps happening, use a current version of Edge, Chrome, Firefox or Safari.',
    'worker-crashed':
      'Boxpilot’s background worker stopped, often because the device ran low on memory. Nothing stored was lost: close other tabs or apps and try again.',
    failed:
      'Something unexpected went wrong in Boxpilot’s background worker. Nothing was changed: try again, and reload the page if it happens again.',
    'unknown-method':
      'This tab runs an older version of Boxpilot than its background worker. Reload the page to use the new version; nothing stored was lost.',
  },
  sv: {
    aborted: 'Det avbröts innan det var klart. Starta det igen när du är redo.',
    unavailable:
      'Webbläsaren kunde inte starta Boxpilots bakgrundsprocess, så filer kan inte läsas, kontrolleras eller skrivas här. Ladda om sidan; händer det igen, använd en aktuell version av Edge, Chrome, Firefox eller Safari.',
    'worker-crashed':
      'Boxpilots bakgrundsprocess stannade, ofta för att enheten fick ont om minne. Inget sparat gick förlorat: stäng andra flikar eller appar och försök igen.',
    failed:
      'Något oväntat gick fel i Boxpilots bakgrundsprocess. Ingenting ändrades: försök igen, och ladda om sidan om det händer igen.',
    'unknown-method':
      'Den här fliken kör en äldre version av Boxpilot än bakgrundsprocessen. Ladda om sidan för att använda den nya versionen; inget sparat gick förlorat.',
  },
  da: {
    aborted: 'Det blev annulleret, før det var færdigt. Start det igen, når du er klar.',
    unavailable:
      'Browseren kunne ikke starte Boxpilots baggrundsproces, så filer kan ikke læses, kontrolleres eller skrives her. Genindlæs siden; sker det igen, så brug en aktuel version af Edge, Chrome, Firefox eller Safari.',
    'worker-crashed':
      'Boxpilots baggrundsproces stoppede, ofte fordi enheden løb tør for hukommelse. Intet gemt gik tabt: luk andre faner eller apps, og prøv igen.',
    failed:
      'Noget uventet gik galt i Boxpilots baggrundsproces. Intet blev ændret: prøv igen, og genindlæs siden, hvis det sker igen.',
    'unknown-method':
      'Denne fane kører en ældre version af Boxpilot end baggrundsprocessen. Genindlæs siden for at bruge den nye version; intet gemt gik tabt.',
  },
};

/** A worker failure in a language; the runtime's detail is logged, never shown. */
export function workerErrorText(locale: Locale, error: WorkerError): string {
  if (error.detail) console.warn(`Boxpilot worker: ${error.code}: ${error.detail}`);
  return WORKER_ERROR_TEXTS[locale][error.code] ?? WORKER_ERROR_TEXTS[locale].failed;
}
